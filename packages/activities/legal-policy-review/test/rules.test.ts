import { describe, expect, it } from 'vitest';
import {
  createIssue,
  evaluate,
  IssueCatalogue,
  recordSchema,
  type DatasetRule,
  type IssueInput,
  type RecordRule,
  type RecordValues,
} from '@dh/core';
import { activity, PROVISIONS } from '../src/index.js';
import { built, GROOMING_YES, parsedConfig, PLAN_PARTIAL, REVIEW_CONFIG, reviewType } from './fixtures.js';

/** The record rules a row breaks, as `code (rule id)`, as dh validate would report them. */
function broken(record: RecordValues, rules: readonly RecordRule[] = built.recordRules): string[] {
  return rules
    .filter((rule) => (rule.when === undefined || evaluate(rule.when, record)) && !evaluate(rule.assert, record))
    .map((rule) => `${rule.code ?? rule.severity} (${rule.id})`);
}

function datasetRule(id: string): DatasetRule {
  const rule = built.datasetRules.find((r) => r.id === id);
  if (!rule) throw new Error(`no dataset rule ${id}`);
  return rule;
}

function run(rule: DatasetRule, rows: RecordValues[]): IssueInput[] {
  const table = { file: 'provision_review.csv', rows, rowNumbers: rows.map((_, i) => i + 2) };
  return [...rule.check(new Map([['provision_review', table]]))];
}

/** Every provision, soundly coded: the checklist as a reviewer hands it back. */
const everyProvision = (): RecordValues[] =>
  PROVISIONS.map((p) => (p.section === 'policy' ? { ...PLAN_PARTIAL, provision_id: p.id } : { ...GROOMING_YES, provision_id: p.id }));

describe('a provision coded yes or partial', () => {
  it('needs a citation', () => {
    expect(broken(GROOMING_YES)).toEqual([]);
    expect(broken({ ...GROOMING_YES, citation: null })).toEqual(['legal-policy-review/citation-missing (in-force-is-cited)']);
    expect(broken({ ...PLAN_PARTIAL, citation: '' })).toEqual(['legal-policy-review/citation-missing (in-force-is-cited)']);
  });

  it('needs no citation when coded no', () => {
    expect(broken({ ...GROOMING_YES, status: 'no', citation: null, law_date: null })).toEqual([]);
  });

  it("passes when a policy document is cited with its year, as a law is with the law's date", () => {
    expect(broken(PLAN_PARTIAL)).toEqual([]);
    expect(broken({ ...PLAN_PARTIAL, status: 'yes' })).toEqual([]);
  });

  it("is warned about when the law's date or the document's year is missing", () => {
    expect(broken({ ...GROOMING_YES, law_date: null })).toEqual(['legal-policy-review/date-missing (law-cited-with-date)']);
    expect(broken({ ...PLAN_PARTIAL, document_year: null })).toEqual(['legal-policy-review/date-missing (policy-cited-with-year)']);
    expect(built.recordRules.filter((r) => r.code === 'legal-policy-review/date-missing').map((r) => r.severity)).toEqual([
      'warning',
      'warning',
    ]);
  });
});

describe('a provision coded unclear', () => {
  it('needs a note saying why', () => {
    const unclear = { ...GROOMING_YES, status: 'unclear', citation: null, law_date: null };
    expect(broken({ ...unclear, note: null })).toEqual(['legal-policy-review/note-missing (unclear-is-explained)']);
    expect(broken({ ...unclear, note: 'The Penal Code and the Children Act set different ages.' })).toEqual([]);
  });
});

describe('the reviewer code', () => {
  it('must be one of the reviewers the assessment lists, when it lists them', () => {
    const rules = activity.build(parsedConfig(REVIEW_CONFIG)).recordRules;
    expect(broken({ ...GROOMING_YES, reviewer: 'R02' }, rules)).toEqual(['legal-policy-review/unknown-reviewer (reviewer-is-listed)']);
    expect(broken({ ...GROOMING_YES, reviewer: 'LR-02' }, rules)).toEqual([]);
  });

  it('may be any code when the assessment lists none, but never a name', () => {
    expect(broken({ ...GROOMING_YES, reviewer: 'R02' })).toEqual([]);
    const schema = recordSchema(reviewType());
    expect(schema.safeParse(GROOMING_YES).success).toBe(true);
    expect(schema.safeParse({ ...GROOMING_YES, reviewer: 'Jane Doe' }).success).toBe(false);
  });
});

describe('a citation dated after its review', () => {
  const rule = datasetRule('cited-before-review');

  it('is an error on the law date, at the row it is on', () => {
    const found = run(rule, [PLAN_PARTIAL, { ...GROOMING_YES, law_date: '2022-03-11' }]);
    expect(found.map((i) => `${i.code} ${i.file}:${i.row} ${i.field}=${i.value}`)).toEqual([
      'legal-policy-review/cited-after-review provision_review.csv:3 law_date=2022-03-11',
    ]);
    const message = createIssue(found[0] ?? { code: 'rule-failed' }, IssueCatalogue.of([activity])).message;
    expect(message).toBe('Provision online_grooming cites a law dated 2022-03-11, after its review on 2022-03-10');
  });

  it('is an error for a policy document of a later year than the review', () => {
    const found = run(rule, [{ ...PLAN_PARTIAL, document_year: 2023 }]);
    expect(found.map((i) => `${i.field}=${i.value} ${i.params?.['what']}`)).toEqual(['document_year=2023 policy document']);
  });

  it("reads a policy item's document year, not a stray law date, and a law item's law date, not a stray year", () => {
    const plan = { ...PLAN_PARTIAL, law_date: '2015-01-20', document_year: 2023 };
    expect(run(rule, [plan]).map((i) => `${i.params?.['provision']} ${i.field}=${i.value} ${i.params?.['what']}`)).toEqual([
      'national_plan document_year=2023 policy document',
    ]);
    const grooming = { ...GROOMING_YES, law_date: '2022-03-11', document_year: 2016 };
    expect(run(rule, [grooming]).map((i) => `${i.params?.['provision']} ${i.field}=${i.value} ${i.params?.['what']}`)).toEqual([
      'online_grooming law_date=2022-03-11 law',
    ]);
  });

  it('is no error for a law of the review day, or a document of the review year', () => {
    expect(run(rule, [{ ...GROOMING_YES, law_date: '2022-03-10' }, { ...PLAN_PARTIAL, document_year: 2022 }, ...everyProvision()])).toEqual(
      [],
    );
  });

  it('is left to the value checks when a date cannot be read', () => {
    expect(
      run(rule, [
        { ...GROOMING_YES, law_date: 'June 2023' },
        { ...GROOMING_YES, review_date: null },
      ]),
    ).toEqual([]);
  });
});

describe('a provision left out of the data', () => {
  const rule = datasetRule('every-provision-reviewed');

  it('is warned about by name, so the scorecard does not silently say "not reviewed"', () => {
    const rows = everyProvision().filter((r) => r['provision_id'] !== 'live_streaming' && r['provision_id'] !== 'coordinating_body');
    const found = run(rule, rows);
    expect(found.map((i) => `${i.code} ${i.params?.['provision']}`)).toEqual([
      'legal-policy-review/provision-not-reviewed live_streaming',
      'legal-policy-review/provision-not-reviewed coordinating_body',
    ]);
    expect(createIssue(found[0] ?? { code: 'rule-failed' }, IssueCatalogue.of([activity])).severity).toBe('warning');
  });

  it('is not reported when every provision has a row', () => {
    expect(run(rule, everyProvision())).toEqual([]);
  });
});

describe('the issue codes', () => {
  it("are the review's own, namespaced, with a title, message and hint, and every rule uses one", () => {
    const catalogue = IssueCatalogue.of([activity]);
    for (const issue of activity.issues) {
      expect(issue.code).toMatch(/^legal-policy-review\/[a-z]+(-[a-z]+)*$/);
      expect([issue.title, issue.message, issue.hint].every((t) => t.length > 5)).toBe(true);
    }
    const rules = activity.build(parsedConfig(REVIEW_CONFIG)).recordRules;
    for (const rule of rules) expect(rule.code && catalogue.has(rule.code), rule.id).toBe(true);
    expect(rules.map((r) => r.code)).toEqual(
      expect.arrayContaining(activity.issues.filter((i) => i.message === '{detail}').map((i) => i.code)),
    );
  });
});
