import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ActivityDefinition } from '../activity/activity-definition.js';
import { activitySettings } from '../config/activity-settings.js';
import type { AssessmentConfig } from '../config/assessment-config.js';
import { parseAssessmentConfig } from '../config/load-assessment-config.js';
import { ethicalClearanceProblems, ethicalClearanceRefusal, ethicalClearanceSetting } from './interview-clearance.js';

/** An activity of the test's own that declares it needs ethical clearance: nothing in the kit knows its id. */
const ID = 'pupil-conversations';
const Settings = z.strictObject({ ethicalClearance: ethicalClearanceSetting });
const clearanceOf = (config: AssessmentConfig | undefined) => activitySettings(config, ID, Settings, {}).ethicalClearance;
const conversations: Pick<ActivityDefinition, 'id' | 'settings' | 'checkSettings' | 'refusal'> = {
  id: ID,
  settings: Settings,
  checkSettings: (config) => ethicalClearanceProblems(ID, clearanceOf(config), config),
  refusal: (config) => ethicalClearanceRefusal(ID, clearanceOf(config)),
};

function parse(settings: Record<string, unknown>, fieldwork = { start: '2021-02-01', end: '2021-04-30' }) {
  return parseAssessmentConfig(
    { country: 'XA', name: 'Examplia', languages: ['en'], activities: { [ID]: { version: '1.0.0', settings } }, fieldwork },
    [conversations],
  );
}

describe('an activity that requires ethical clearance', () => {
  it('refuses without one, saying where to record the body, reference and date', () => {
    const parsed = parse({});
    if (parsed.status === 'failure') throw new Error('fixture config invalid');
    expect(conversations.refusal?.(parsed.config)).toMatch(
      /^assessment\.json records no ethical clearance for pupil-conversations\. Add activities\.pupil-conversations\.settings\.ethicalClearance with the approving ethics body, the approval's reference and its date/,
    );
    expect(conversations.refusal?.(undefined)).toMatch(/records no ethical clearance/);
  });

  it('runs once the clearance is recorded', () => {
    const parsed = parse({ ethicalClearance: { body: 'Examplia Research Ethics Board', reference: 'EREB-21-7', date: '2021-01-15' } });
    expect(parsed.status).toBe('success');
    expect(parsed.status === 'success' && conversations.refusal?.(parsed.config)).toBeUndefined();
  });

  it('refuses a clearance without a reference, with its path', () => {
    const parsed = parse({ ethicalClearance: { body: 'Examplia Research Ethics Board', date: '2021-01-15' } });
    expect(parsed.status === 'failure' && parsed.errors.map((e) => e.path)).toEqual([
      `activities.${ID}.settings.ethicalClearance.reference`,
    ]);
  });

  it('is an error when dated after fieldwork began', () => {
    const parsed = parse({ ethicalClearance: { body: 'Examplia Research Ethics Board', reference: 'EREB-21-7', date: '2021-03-01' } });
    expect(parsed.status).toBe('failure');
    expect(parsed.status === 'failure' && parsed.errors.map((e) => [e.path, e.message])).toEqual([
      [
        `activities.${ID}.settings.ethicalClearance.date`,
        expect.stringMatching(/dated 2021-03-01, after fieldwork began \(fieldwork\.start 2021-02-01\)/),
      ],
    ]);
  });
});
