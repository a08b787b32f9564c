import { describe, expect, it } from 'vitest';
import { CORE_ISSUES, IssueCatalogue } from './catalogue.js';
import { issueCodesMarkdown } from '../generated/issue-codes-doc.js';
import { createIssue } from './issue.js';

describe('the issue catalogue', () => {
  it('covers every kind of problem the foundation issue lists', () => {
    const codes = CORE_ISSUES.map((d) => d.code);
    for (const code of [
      'missing-column',
      'extra-column',
      'duplicate-column',
      'type-error',
      'out-of-range',
      'unknown-code',
      'required-missing',
      'answered-not-relevant',
      'relevant-missing',
      'constraint-failed',
      'duplicate-id',
      'broken-link',
      'personal-identifier-column',
      'personal-identifier-value',
      'consent-missing',
    ]) {
      expect(codes).toContain(code);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives every code a title, a description, a message template and a fix hint', () => {
    for (const d of CORE_ISSUES) {
      for (const text of [d.title, d.description, d.message, d.hint]) expect(text.length, d.code).toBeGreaterThan(2);
    }
  });

  it('fills a message from the issue, keeping where it is', () => {
    const issue = createIssue({
      code: 'out-of-range',
      file: 'child.csv',
      row: 12,
      field: 'age',
      value: '19',
      params: { minimum: 12, maximum: 17 },
    });
    expect(issue).toMatchObject({ severity: 'error', file: 'child.csv', row: 12, field: 'age', message: '19 is outside 12–17' });
  });
});

describe("an activity's own issue codes", () => {
  const own = {
    code: 'fixture-stats/jump',
    severity: 'warning',
    category: 'rule',
    title: 'Sudden jump',
    description: 'A value changes more than tenfold.',
    message: '{measure} went from {from} to {to}',
    hint: 'Add a note saying why.',
  } as const;

  it('join the core codes in one catalogue, with messages filled the same way', () => {
    const catalogue = IssueCatalogue.of([{ id: 'fixture-stats', issues: [own] }]);
    expect(catalogue.has('fixture-stats/jump')).toBe(true);
    expect(catalogue.has('missing-column')).toBe(true);
    expect(createIssue({ code: 'fixture-stats/jump', params: { measure: 'cases', from: 3, to: 40 } }, catalogue).message).toBe(
      'cases went from 3 to 40',
    );
  });

  it('must be namespaced by the activity id', () => {
    expect(() => IssueCatalogue.of([{ id: 'other-stats', issues: [own] }])).toThrow(/must be written "other-stats\/<code>"/);
    expect(() => IssueCatalogue.of([{ id: 'fixture-stats', issues: [{ ...own, code: 'jump' }] }])).toThrow(/namespaced|must be written/);
  });

  it('appear in the generated docs page under their activity', () => {
    const page = issueCodesMarkdown(IssueCatalogue.of([{ id: 'fixture-stats', issues: [own] }]));
    expect(page).toMatch(/## Codes of fixture-stats\n\n### `fixture-stats\/jump` \(warning\): Sudden jump/);
  });
});
