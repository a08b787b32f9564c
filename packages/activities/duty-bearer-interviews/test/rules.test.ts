import { describe, expect, it } from 'vitest';
import {
  evaluate,
  IssueCatalogue,
  parseAssessmentConfig,
  type AssessmentConfigInput,
  type IssueInput,
  type RecordRule,
  type RecordTable,
  type RecordValues,
} from '@dh/core';
import { activity } from '../src/index.js';

const built = activity.build();
const table = (file: string, rows: RecordValues[]): RecordTable => ({ file, rows, rowNumbers: rows.map((_, i) => i + 2) });

function recordRule(id: string): RecordRule {
  const rule = built.recordRules.find((r) => r.id === id);
  if (!rule) throw new Error(`no record rule ${id}`);
  return rule;
}
/** A record rule's verdict on one record, as validate gives it: true where it holds or does not apply. */
const holds = (rule: RecordRule, record: RecordValues): boolean =>
  (rule.when !== undefined && !evaluate(rule.when, record)) || evaluate(rule.assert, record);
/** Every dataset rule of a build, run on tables as validate hands them over (only their columns, typed, with row numbers). */
const datasetIssues = (tables: Record<string, RecordValues[]>, rules = built.datasetRules): IssueInput[] => {
  const map = new Map(Object.entries(tables).map(([name, rows]) => [name, table(`${name}.csv`, rows)]));
  return rules.filter((r) => Object.keys(r.needs).every((n) => map.has(n))).flatMap((rule) => [...rule.check(map)]);
};

function config(planned: Record<string, number>) {
  const input: AssessmentConfigInput = {
    country: 'XA',
    name: 'Examplia',
    languages: ['en'],
    activities: { 'duty-bearer-interviews': { version: '0.1.0', settings: { planned } } },
  };
  return parseAssessmentConfig(input, [activity]);
}

describe('consent', () => {
  it('fails an interview logged without consent and passes one with it', () => {
    const rule = recordRule('interview-has-consent');
    expect(rule.code).toBe('duty-bearer-interviews/consent-not-recorded');
    expect(holds(rule, { interview_code: 'DB-004', consent: 'no' })).toBe(false);
    expect(holds(rule, { interview_code: 'DB-004', consent: 'yes' })).toBe(true);
  });

  it('asks no assent of anyone: every duty-bearer is an adult', () => {
    expect(built.recordRules.map((r) => r.id)).toEqual(['interview-has-consent']);
  });
});

describe('coded segments', () => {
  it('must come from an interview in the log (a link validate checks)', () => {
    expect(built.links).toEqual([
      {
        from: { recordType: 'coded_segment', fields: ['interview_code'] },
        to: { recordType: 'interview_log', fields: ['interview_code'] },
      },
    ]);
  });

  it('are reported when coded with a theme outside the frame, and pass with shared and own themes', () => {
    const segments = (theme: string) => ({ coded_segment: [{ interview_code: 'DB-001', theme, frame_version: '0.1.0' }] });
    const outside = datasetIssues(segments('le_digital_forensics'));
    expect(outside.map((i) => `${i.code} ${i.field} ${i.row}`)).toEqual(['duty-bearer-interviews/theme-outside-frame theme 2']);
    expect(datasetIssues(segments('db_industry_regluation'))[0]?.params?.['detail']).toMatch(/did you mean "db_industry_regulation"/);
    expect(datasetIssues(segments('weak_coordination'))).toEqual([]);
    expect(datasetIssues(segments('db_national_plan'))).toEqual([]);
  });

  it('are reported when they declare a frame version this activity cannot read', () => {
    const found = datasetIssues({ coded_segment: [{ interview_code: 'DB-001', theme: 'gaps_in_law', frame_version: '1.0.0' }] });
    expect(found.map((i) => i.code)).toEqual(['duty-bearer-interviews/frame-version-unknown']);
  });
});

describe('respondent types', () => {
  it('in settings are those of this activity only: a type of another activity is refused with its path', () => {
    const wrong = config({ police_specialised: 3 });
    expect(wrong.status).toBe('failure');
    expect(wrong.status === 'failure' && wrong.errors.map((e) => e.path).join()).toMatch(
      /activities.duty-bearer-interviews.settings.planned/,
    );
    expect(config({ ict_regulation: 2 }).status).toBe('success');
  });

  it('default to twelve interviews in all, the most the methodology plans', () => {
    const model = built.synthesis?.answers.find((a) => a.field === 'respondent_type')?.model;
    const weights = model?.kind === 'choice' ? Object.values(model.weights) : [];
    expect(weights.reduce((sum, n) => sum + n, 0)).toBe(12);
  });
});

describe('planned against achieved interviews', () => {
  const parsed = config({
    child_protection: 1,
    justice_policy: 0,
    education: 0,
    health: 0,
    ict_regulation: 2,
    oversight: 0,
    civil_society_lead: 0,
  });
  if (parsed.status !== 'success') throw new Error('fixture config invalid');
  const rules = activity.build(parsed.config).datasetRules;
  const log = (...types: string[]) => ({ interview_log: types.map((respondent_type) => ({ respondent_type })) });

  it('warns where fewer interviews with the ICT regulator are logged than the assessment plans', () => {
    const found = datasetIssues(log('child_protection', 'ict_regulation'), rules);
    expect(found.map((i) => i.code)).toEqual(['duty-bearer-interviews/fewer-interviews-than-planned']);
    expect(found[0]?.params?.['detail']).toMatch(
      /^1 interview with respondent type "Senior official of the ICT .*" \(ict_regulation\) is logged, 2 planned/,
    );
    expect(IssueCatalogue.of([activity]).definition('duty-bearer-interviews/fewer-interviews-than-planned').severity).toBe('warning');
  });

  it('is silent once the plan is met', () => {
    expect(datasetIssues(log('child_protection', 'ict_regulation', 'ict_regulation'), rules)).toEqual([]);
  });
});

describe('the issue codes', () => {
  it('are all namespaced by the activity and in the catalogue, with a hint saying what to do', () => {
    const catalogue = IssueCatalogue.of([activity]);
    for (const rule of built.recordRules) expect(catalogue.has(rule.code ?? ''), rule.id).toBe(true);
    for (const issue of activity.issues) {
      expect(issue.code.startsWith('duty-bearer-interviews/')).toBe(true);
      expect(issue.hint.length).toBeGreaterThan(30);
    }
  });
});
