import { describe, expect, it } from 'vitest';
import {
  datasetRuleIssues,
  IssueCatalogue,
  parseAssessmentConfig,
  recordRuleHolds as holds,
  recordRuleOf,
  type AssessmentConfigInput,
  type DatasetRule,
  type RecordRule,
  type RecordValues,
} from '@dh/core';
import { activity } from '../src/index.js';

const built = activity.build();

const recordRule = (id: string): RecordRule => recordRuleOf(built, id);
const datasetIssues = (tables: Record<string, RecordValues[]>, rules: readonly DatasetRule[] = built.datasetRules) =>
  datasetRuleIssues(rules, tables);

function config(planned: Record<string, number>) {
  const input: AssessmentConfigInput = {
    country: 'XA',
    name: 'Examplia',
    languages: ['en'],
    activities: { 'access-to-justice-interviews': { version: '0.1.0', settings: { planned } } },
  };
  return parseAssessmentConfig(input, [activity]);
}

describe('consent and assent', () => {
  it('fails an interview logged without consent', () => {
    const rule = recordRule('interview-has-consent');
    expect(rule.code).toBe('access-to-justice-interviews/consent-not-recorded');
    expect(holds(rule, { interview_code: 'AJ-004', consent: 'no' })).toBe(false);
    expect(holds(rule, { interview_code: 'AJ-004', consent: 'yes' })).toBe(true);
  });

  it("fails a child's interview without the child's own assent, and asks none of a young adult", () => {
    const rule = recordRule('child-interview-has-assent');
    expect(rule.code).toBe('access-to-justice-interviews/assent-not-recorded');
    expect(holds(rule, { respondent_type: 'child_victim', respondent_age_group: 'under_18', consent: 'yes', assent: 'no' })).toBe(false);
    expect(holds(rule, { respondent_type: 'child_victim', respondent_age_group: 'under_18', consent: 'yes', assent: 'yes' })).toBe(true);
    expect(holds(rule, { respondent_type: 'child_victim', respondent_age_group: 'adult', consent: 'yes', assent: null })).toBe(true);
  });
});

describe('coded segments', () => {
  it('must come from an interview in the log (a link validate checks)', () => {
    expect(built.links).toContainEqual({
      from: { recordType: 'coded_segment', fields: ['interview_code'] },
      to: { recordType: 'interview_log', fields: ['interview_code'] },
    });
  });

  it('are reported when coded with a theme outside the frame, and pass with shared and own themes', () => {
    const segments = (theme: string) => ({ coded_segment: [{ segment_id: 'AJ-001-S1', theme, frame_version: '0.1.0' }] });
    const outside = datasetIssues(segments('le_digital_forensics'));
    expect(outside.map((i) => `${i.code} ${i.field} ${i.row}`)).toEqual(['access-to-justice-interviews/theme-outside-frame theme 2']);
    expect(datasetIssues(segments('informal_settlement'))).toEqual([]);
    expect(datasetIssues(segments('aj_compensation_received'))).toEqual([]);
  });

  it('are reported when they declare a frame version this activity cannot read', () => {
    const found = datasetIssues({ coded_segment: [{ segment_id: 'AJ-001-S1', theme: 'victim_blaming', frame_version: '1.0.0' }] });
    expect(found.map((i) => i.code)).toEqual(['access-to-justice-interviews/frame-version-unknown']);
  });
});

describe('respondent types', () => {
  it('in settings are those of this activity only: a type of another activity is refused with its path', () => {
    const wrong = config({ prosecutor: 3 });
    expect(wrong.status).toBe('failure');
    expect(wrong.status === 'failure' && wrong.errors.map((e) => e.path).join()).toMatch(
      /activities.access-to-justice-interviews.settings.planned/,
    );
    expect(config({ caregiver: 8 }).status).toBe('success');
  });
});

describe('planned against achieved interviews', () => {
  const parsed = config({ child_victim: 2, caregiver: 1, justice_professional: 0, support_professional: 0 });
  if (parsed.status !== 'success') throw new Error('fixture config invalid');
  const rules = activity.build(parsed.config).datasetRules;
  const log = (...types: string[]) => ({ interview_log: types.map((respondent_type) => ({ respondent_type })) });

  it('warns where fewer child victims are logged than the assessment plans', () => {
    const found = datasetIssues(log('child_victim', 'caregiver'), rules);
    expect(found.map((i) => i.code)).toEqual(['access-to-justice-interviews/fewer-interviews-than-planned']);
    expect(found[0]?.params?.['detail']).toMatch(
      /^1 interview with respondent type "Child or young person .*" \(child_victim\) is logged, 2 planned/,
    );
  });

  it('is silent once the plan is met', () => {
    expect(datasetIssues(log('child_victim', 'caregiver', 'child_victim'), rules)).toEqual([]);
  });
});

describe('case journeys', () => {
  const journey = {
    case_code: 'AJC-001',
    furthest_stage: 'verdict',
    case_status: 'convicted',
    verdict_on: '2020-06-22',
    compensation_sought: 'yes',
    compensation_awarded: 'yes',
    compensation_received: 'partial',
  };
  const verdicts = recordRule('verdict-stage-and-status-agree');

  it('pass a journey that agrees with itself', () => {
    for (const rule of built.recordRules.filter((r) => r.recordType === 'case_journey')) expect(holds(rule, journey), rule.id).toBe(true);
    expect(verdicts.code).toBe('access-to-justice-interviews/case-journey-inconsistent');
  });

  it('fail a verdict without a conviction or acquittal, and a conviction without a verdict', () => {
    expect(holds(verdicts, { ...journey, case_status: 'ongoing' })).toBe(false);
    expect(holds(verdicts, { ...journey, furthest_stage: 'trial', verdict_on: null })).toBe(false);
    expect(holds(verdicts, { ...journey, furthest_stage: 'charged', case_status: 'closed_without_verdict' })).toBe(true);
    expect(holds(recordRule('verdict-date-only-with-verdict'), { ...journey, furthest_stage: 'trial', case_status: 'ongoing' })).toBe(
      false,
    );
  });

  it('fail a stage dated although the case never reached it, and pass one it reached', () => {
    const rule = recordRule('charged-date-only-once-reached');
    expect(holds(rule, { ...journey, furthest_stage: 'investigated', case_status: 'ongoing', charged_on: '2020-01-13' })).toBe(false);
    expect(holds(rule, { ...journey, furthest_stage: 'charged', case_status: 'ongoing', charged_on: '2020-01-13' })).toBe(true);
    expect(holds(recordRule('trial-date-only-once-reached'), { ...journey, trial_on: '2020-02-10' })).toBe(true);
    expect(
      holds(recordRule('investigated-date-only-once-reached'), { ...journey, furthest_stage: 'reported', investigated_on: '2019-11-04' }),
    ).toBe(false);
  });

  it('fail stage dates out of order, naming both, and pass dates that follow the stages', () => {
    const dated = {
      ...journey,
      reported_on: '2019-02-11',
      investigated_on: '2019-11-04',
      charged_on: '2020-01-13',
      trial_on: '2020-02-10',
      verdict_on: '2020-03-16',
    };
    expect(datasetIssues({ case_journey: [dated] })).toEqual([]);
    // A missing date in between: each date is compared with the latest earlier one given.
    expect(datasetIssues({ case_journey: [{ ...dated, charged_on: null, trial_on: '2019-10-01' }] })).toMatchObject([
      {
        code: 'access-to-justice-interviews/case-journey-out-of-order',
        field: 'trial_on',
        params: { case_code: 'AJC-001', later: 'trial_on', earlier: 'investigated_on', earlierDate: '2019-11-04' },
      },
    ]);
    expect(datasetIssues({ case_journey: [{ ...dated, verdict_on: '2020-02-01' }] }).map((i) => i.field)).toEqual(['verdict_on']);
    // One stage out of order does not hide the next: both come before the report.
    expect(
      datasetIssues({
        case_journey: [{ ...dated, reported_on: '2020-05-01', investigated_on: '2019-01-10', charged_on: '2019-06-01' }],
      }).map((i) => i.field),
    ).toEqual(['investigated_on', 'charged_on', 'trial_on', 'verdict_on']);
  });

  it('fail compensation awarded that was never sought, and received that was never awarded', () => {
    expect(holds(recordRule('award-only-when-sought'), { ...journey, compensation_sought: 'no' })).toBe(false);
    expect(holds(recordRule('award-only-when-sought'), { ...journey, compensation_sought: 'no', compensation_awarded: null })).toBe(true);
    expect(holds(recordRule('receipt-only-when-awarded'), { ...journey, compensation_awarded: 'no' })).toBe(false);
  });

  it('are told in an interview of the log', () => {
    expect(built.links).toContainEqual({
      from: { recordType: 'case_journey', fields: ['source_interview'] },
      to: { recordType: 'interview_log', fields: ['interview_code'] },
    });
  });
});

describe('the issue codes', () => {
  it('are all namespaced by the activity and in the catalogue, with a hint saying what to do', () => {
    const catalogue = IssueCatalogue.of([activity]);
    for (const code of built.recordRules.map((r) => r.code ?? '')) expect(catalogue.has(code), code).toBe(true);
    for (const issue of activity.issues) {
      expect(issue.code.startsWith('access-to-justice-interviews/')).toBe(true);
      expect(issue.hint.length).toBeGreaterThan(30);
    }
  });
});
