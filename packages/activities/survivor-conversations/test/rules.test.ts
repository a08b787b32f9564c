import { describe, expect, it } from 'vitest';
import {
  compileRecordValidator,
  recordJsonSchema,
  IssueCatalogue,
  parseAssessmentConfig,
  recordRuleHolds as holds,
  recordRuleOf,
  type AssessmentConfigInput,
  type RecordRule,
} from '@dh/core';
import { activity } from '../src/index.js';

const built = activity.build();
const recordRule = (id: string): RecordRule => recordRuleOf(built, id);
const CLEARANCE = { body: 'Examplia National Research Ethics Committee', reference: 'ENREC-2021-014', date: '2021-01-05' };

function config(settings: Record<string, unknown>, fieldwork = { start: '2021-02-01', end: '2021-05-31' }) {
  const input: AssessmentConfigInput = {
    country: 'XA',
    name: 'Examplia',
    languages: ['en'],
    activities: { 'survivor-conversations': { version: '0.1.0', settings } },
    fieldwork,
  };
  return parseAssessmentConfig(input, [activity]);
}

describe('ethical clearance', () => {
  it('refuses the data of an assessment that records none, saying what to record and where, and still builds the guide for the ethics application', () => {
    const parsed = config({ planned: { young_survivor: 10 } });
    if (parsed.status !== 'success') throw new Error('a config without clearance is valid: the guides can still be built');
    expect(activity.refusal?.(parsed.config)).toMatch(
      /^assessment\.json records no ethical clearance for survivor-conversations\. Add activities\.survivor-conversations\.settings\.ethicalClearance with the approving ethics body, the approval's reference and its date/,
    );
    expect(activity.refusal?.(undefined)).toMatch(/records no ethical clearance/);
    expect(activity.build(parsed.config).instruments.map((i) => i.id)).toEqual([
      'sc_conversation_guide',
      'sc_coding_frame',
      'sc_interview_log',
    ]);
  });

  it('lets the data be handled once the clearance is recorded', () => {
    const parsed = config({ planned: { young_survivor: 10 }, ethicalClearance: CLEARANCE });
    expect(parsed.status === 'success' && activity.refusal?.(parsed.config)).toBeUndefined();
  });

  it('refuses a clearance without its reference, and one dated after fieldwork began', () => {
    const { reference: _omitted, ...noReference } = CLEARANCE;
    const missing = config({ ethicalClearance: noReference });
    expect(missing.status === 'failure' && missing.errors.map((e) => e.path)).toEqual([
      'activities.survivor-conversations.settings.ethicalClearance.reference',
    ]);
    const late = config({ ethicalClearance: { ...CLEARANCE, date: '2021-03-15' } });
    expect(late.status === 'failure' && late.errors.map((e) => e.message).join()).toMatch(/dated 2021-03-15, after fieldwork began/);
  });
});

describe('consent and assent', () => {
  it('fail a conversation without consent, or with a young person under 18 without their own assent', () => {
    expect(recordRule('interview-has-consent').code).toBe('survivor-conversations/consent-not-recorded');
    expect(holds(recordRule('interview-has-consent'), { consent: 'no' })).toBe(false);
    const assent = recordRule('child-interview-has-assent');
    expect(assent.code).toBe('survivor-conversations/assent-not-recorded');
    expect(holds(assent, { respondent_age_group: 'under_18', consent: 'yes', assent: 'no' })).toBe(false);
    expect(holds(assent, { respondent_age_group: 'adult', consent: 'yes', assent: null })).toBe(true);
  });
});

describe('refusal and withdrawal', () => {
  const keepsNothing = recordRule('withdrawal-keeps-no-content');
  const took = recordRule('participation-has-conversation');

  it('pass a refusal or withdrawal recorded with no conversation', () => {
    for (const outcome of ['declined', 'withdrew_during', 'withdrew_after'])
      expect(holds(keepsNothing, { invitation_code: 'SCI-003', outcome, interview_code: null }), outcome).toBe(true);
  });

  it('fail a withdrawal that still points to a conversation, as a data-protection error', () => {
    expect(holds(keepsNothing, { invitation_code: 'SCI-003', outcome: 'withdrew_after', interview_code: 'SC-002' })).toBe(false);
    expect(IssueCatalogue.of([activity]).definition('survivor-conversations/withdrawn-content-kept')).toMatchObject({
      severity: 'error',
      category: 'data-protection',
    });
  });

  it('fail a young person who took part without their conversation, and link it to the log', () => {
    expect(holds(took, { invitation_code: 'SCI-001', outcome: 'took_part', interview_code: null })).toBe(false);
    expect(holds(took, { invitation_code: 'SCI-001', outcome: 'took_part', interview_code: 'SC-001' })).toBe(true);
    expect(built.links).toContainEqual({
      from: { recordType: 'participation', fields: ['interview_code'] },
      to: { recordType: 'interview_log', fields: ['interview_code'] },
    });
  });

  it('refuse words where a code belongs: the record has no room for what a young person said', () => {
    const record = built.recordTypes.find((r) => r.name === 'participation');
    if (!record) throw new Error('no participation record type');
    const valid = compileRecordValidator(recordJsonSchema(record));
    const row = { invitation_code: 'SCI-003', invited_on: '2021-03-02', outcome: 'declined', interview_code: null, support_offered: 'yes' };
    expect(valid(row)).toBe(true);
    expect(valid({ ...row, invitation_code: 'She did not want to talk about it' })).toBe(false);
    expect(valid({ ...row, reason: 'afraid' })).toBe(false);
  });
});

describe('the issue codes', () => {
  it('are all namespaced by the activity and in the catalogue, with a hint saying what to do', () => {
    const catalogue = IssueCatalogue.of([activity]);
    for (const code of built.recordRules.map((r) => r.code ?? '')) expect(catalogue.has(code), code).toBe(true);
    for (const issue of activity.issues) {
      expect(issue.code.startsWith('survivor-conversations/')).toBe(true);
      expect(issue.hint.length).toBeGreaterThan(30);
    }
  });
});
