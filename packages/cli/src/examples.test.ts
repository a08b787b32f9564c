import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeDrift, readAssessmentConfig } from '@dh/core';
import { activityArtefacts } from '@dh/exporters';
import { afterAll, describe, expect, it } from 'vitest';
import { loadActivities } from './activities.js';
import { compareFolders } from './examples/compare-folders.js';
import { buildExampleAssessment, EXAMPLE_ASSESSMENTS, standInForRepository } from './examples/example-assessments.js';

const workspaceRoot = fileURLToPath(new URL('../../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'dh-examples-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
standInForRepository(scratch);

describe('the bundled example assessments', () => {
  for (const example of EXAMPLE_ASSESSMENTS) {
    const directory = `examples/${example.iso.toLowerCase()}`;
    it(`${directory} is exactly what its generator makes (regenerate with: npm run generate:examples)`, async () => {
      const built = await buildExampleAssessment(scratch, directory, example);
      expect(built.dataFiles.length).toBeGreaterThan(0);
      const drift = compareFolders(join(scratch, directory), join(workspaceRoot, directory));
      expect(drift, describeDrift(drift, 'npm run generate:examples')).toEqual([]);
    }, 300_000);
  }
});

describe('the translation templates of the examples', () => {
  it('hold a key for every text any instrument export shows (XLSForm notes included)', async () => {
    const xa = fileURLToPath(new URL('../../../examples/xa', import.meta.url));
    const activities = await loadActivities();
    const read = readAssessmentConfig(xa, activities);
    if (read.status !== 'success') throw new Error('examples/xa/assessment.json is invalid');
    const template = JSON.parse(readFileSync(`${xa}/translations/fr.json`, 'utf8')) as Record<string, string>;
    const shownAnywhere = new Set<string>();
    for (const activity of activities.filter((a) => read.config.activities[a.id])) {
      const artefacts = await activityArtefacts({
        activity,
        built: activity.build(read.config),
        languages: ['en', 'fr'],
        translations: { fr: {} },
      });
      const shown = artefacts.untranslated['fr'] ?? [];
      shown.forEach((key) => shownAnywhere.add(key));
      expect(shown.filter((key) => !(key in template))).toEqual([]);
    }
    expect([...shownAnywhere]).toContain('xlsform.self_completed.start');
  });
});
