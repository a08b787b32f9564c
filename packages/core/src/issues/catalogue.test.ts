import { describe, expect, it } from 'vitest';
import { ISSUE_CATALOGUE } from './catalogue.js';
import { createIssue } from './issue.js';

describe('the issue catalogue', () => {
  it('covers every kind of problem the foundation issue lists', () => {
    const codes = ISSUE_CATALOGUE.map((d) => d.code);
    for (const code of ['missing-column', 'extra-column', 'duplicate-column', 'type-error', 'out-of-range', 'unknown-code', 'required-missing', 'answered-not-relevant', 'relevant-missing', 'constraint-failed', 'duplicate-id', 'broken-link', 'personal-identifier-column', 'personal-identifier-value', 'consent-missing']) {
      expect(codes).toContain(code);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives every code a title, a description, a message template and a fix hint', () => {
    for (const d of ISSUE_CATALOGUE) {
      for (const text of [d.title, d.description, d.message, d.hint]) expect(text.length, d.code).toBeGreaterThan(2);
    }
  });

  it('fills a message from the issue, keeping where it is', () => {
    const issue = createIssue({ code: 'out-of-range', file: 'child.csv', row: 12, field: 'age', value: '19', params: { minimum: 12, maximum: 17 } });
    expect(issue).toMatchObject({ severity: 'error', file: 'child.csv', row: 12, field: 'age', message: '19 is outside 12–17' });
  });
});
