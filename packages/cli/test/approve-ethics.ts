import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActivityDefinition } from '@dh/core';
import { declaresClearance } from '../src/examples/example-assessments.js';

/**
 * Records an ethics approval in an assessment's config for every activity whose settings ask
 * for one, as a research lead does once it is given (an activity reads no data until then).
 */
export function approveEthics(assessmentDir: string, activities: readonly ActivityDefinition[]): void {
  const file = join(assessmentDir, 'assessment.json');
  const config = JSON.parse(readFileSync(file, 'utf8')) as { activities: Record<string, { settings: Record<string, unknown> }> };
  for (const activity of activities.filter(declaresClearance)) {
    const entry = config.activities[activity.id];
    if (entry) entry.settings['ethicalClearance'] = { body: 'Test ethics committee', reference: 'TEC-1', date: '2020-12-01' };
  }
  writeFileSync(file, JSON.stringify(config, null, 2));
}
