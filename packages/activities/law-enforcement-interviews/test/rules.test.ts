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
    activities: { 'law-enforcement-interviews': { version: '0.1.0', settings: { planned } } },
  };
  return parseAssessmentConfig(input, [activity]);
}

describe('consent', () => {
  it('fails an interview logged without consent and passes one with it', () => {
    const rule = recordRule('interview-has-consent');
    expect(rule.code).toBe('law-enforcement-interviews/consent-not-recorded');
    expect(holds(rule, { interview_code: 'LE-004', consent: 'no' })).toBe(false);
    expect(holds(rule, { interview_code: 'LE-004', consent: 'yes' })).toBe(true);
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
    const segments = (theme: string) => ({ coded_segment: [{ interview_code: 'LE-001', theme, frame_version: '0.1.0' }] });
    const outside = datasetIssues(segments('compensation_received'));
    expect(outside.map((i) => `${i.code} ${i.field} ${i.row}`)).toEqual(['law-enforcement-interviews/theme-outside-frame theme 2']);
    expect(datasetIssues(segments('victim_blaming'))).toEqual([]);
    expect(datasetIssues(segments('le_digital_forensics'))).toEqual([]);
  });

  it('are reported when they declare a frame version this activity cannot read', () => {
    const found = datasetIssues({ coded_segment: [{ interview_code: 'LE-001', theme: 'victim_blaming', frame_version: '0.2.0' }] });
    expect(found.map((i) => i.code)).toEqual(['law-enforcement-interviews/frame-version-unknown']);
  });
});

describe('respondent types', () => {
  it('in settings are those of this activity only: a type of another activity is refused with its path', () => {
    const wrong = config({ child_victim: 3 });
    expect(wrong.status).toBe('failure');
    expect(wrong.status === 'failure' && wrong.errors.map((e) => e.path).join()).toMatch(
      /activities.law-enforcement-interviews.settings.planned/,
    );
    expect(config({ judge: 2 }).status).toBe('success');
  });
});

describe('planned against achieved interviews', () => {
  const parsed = config({ police_specialised: 1, police_general: 0, prosecutor: 0, judge: 2, other_justice_official: 0 });
  if (parsed.status !== 'success') throw new Error('fixture config invalid');
  const rules = activity.build(parsed.config).datasetRules;
  const log = (...types: string[]) => ({ interview_log: types.map((respondent_type) => ({ respondent_type })) });

  it('warns where fewer judges are logged than the assessment plans', () => {
    const found = datasetIssues(log('police_specialised', 'judge'), rules);
    expect(found.map((i) => i.code)).toEqual(['law-enforcement-interviews/fewer-interviews-than-planned']);
    expect(found[0]?.params?.['detail']).toMatch(/^1 interview with respondent type "Judge or magistrate" \(judge\) is logged, 2 planned/);
    expect(IssueCatalogue.of([activity]).definition('law-enforcement-interviews/fewer-interviews-than-planned').severity).toBe('warning');
  });

  it('is silent once the plan is met', () => {
    expect(datasetIssues(log('police_specialised', 'judge', 'judge'), rules)).toEqual([]);
  });
});

describe('the capacity checklist', () => {
  const rule = recordRule('capacity-status-explained');

  it('fails an element coded partly or unknown without a note, and passes it with one', () => {
    expect(rule.code).toBe('law-enforcement-interviews/capacity-note-missing');
    expect(holds(rule, { element: 'icse_connection', status: 'partial', note: '' })).toBe(false);
    expect(holds(rule, { element: 'budget_line', status: 'unknown', note: null })).toBe(false);
    expect(holds(rule, { element: 'icse_connection', status: 'partial', note: 'Access in the capital only.' })).toBe(true);
    expect(holds(rule, { element: 'dedicated_unit', status: 'yes', note: '' })).toBe(true);
  });

  it('links an element to the interview it rests on', () => {
    expect(built.links).toContainEqual({
      from: { recordType: 'capacity_check', fields: ['source_interview'] },
      to: { recordType: 'interview_log', fields: ['interview_code'] },
    });
  });
});

describe('the issue codes', () => {
  it('are all namespaced by the activity and in the catalogue, with a hint saying what to do', () => {
    const catalogue = IssueCatalogue.of([activity]);
    const used = [...built.recordRules.map((r) => r.code ?? '')];
    for (const code of used) expect(catalogue.has(code), code).toBe(true);
    for (const issue of activity.issues) {
      expect(issue.code.startsWith('law-enforcement-interviews/')).toBe(true);
      expect(issue.hint.length).toBeGreaterThan(30);
    }
  });
});
