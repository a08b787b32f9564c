import { describe, expect, it } from 'vitest';
import { satisfiesRange, type StatusTableContract } from '@dh/core';
import { activity, LEGAL_POLICY_REVIEW_VERSION, PROVISIONS, SCORECARD_ID } from '../src/index.js';
import { built, checklistOf } from './fixtures.js';

function scorecard(): StatusTableContract {
  const table = built.tables.find((t): t is StatusTableContract => t.outputKind === 'status-table' && t.id === SCORECARD_ID);
  if (!table) throw new Error('no scorecard');
  return table;
}

describe('the country scorecard', () => {
  it('is the one table of the review: a status table of the provision_review records', () => {
    expect(built.tables.map((t) => `${t.outputKind}:${t.id}`)).toEqual([`status-table:${SCORECARD_ID}`]);
    expect(built.indicators).toEqual([]);
    expect([scorecard().recordType, scorecard().itemField, scorecard().statusField]).toEqual([
      'provision_review',
      'provision_id',
      'status',
    ]);
  });

  it('lists every provision of the checklist, in checklist order, law before policy', () => {
    expect(scorecard().items.map((i) => i.code)).toEqual(checklistOf().items.map((i) => i.id));
    expect(scorecard().items.map((i) => i.section)).toEqual(PROVISIONS.map((p) => p.section));
    expect(scorecard().items.find((i) => i.code === 'online_grooming')?.label).toBe(
      'Online grooming is an offence, even without a meeting',
    );
  });

  it('shows each status in words, strongest first, and the citation first among the details (the matrix shows it)', () => {
    expect(scorecard().statuses.map((s) => `${s.code}=${s.label}`)).toEqual(['yes=Yes', 'partial=Partly', 'no=No', 'unclear=Unclear']);
    expect(scorecard().detailFields.map((d) => d.field)).toEqual(['citation', 'law_date', 'document_year', 'review_date', 'note']);
  });

  it('accepts data of this checklist version, names it in its definition and says what a status is not', () => {
    expect(satisfiesRange(LEGAL_POLICY_REVIEW_VERSION, scorecard().acceptsVersions)).toBe(true);
    expect(satisfiesRange('1.0.0', scorecard().acceptsVersions)).toBe(false);
    expect(scorecard().definition).toContain(`version ${LEGAL_POLICY_REVIEW_VERSION}`);
    expect(scorecard().caveat).toMatch(/not how they are applied in practice/);
  });
});

describe('comparison between countries', () => {
  it('declares no parameter that would refuse the whole review where two countries used different checklist versions', () => {
    // dh compare reads each country's checklist version from its results and judges the
    // scorecard provision by provision, by the version each definition dates from.
    expect(activity.comparability).toEqual([]);
    expect(checklistOf().items.map((i) => `${i.id} ${i.definedIn}`)).toEqual(PROVISIONS.map((p) => `${p.id} ${p.definedIn}`));
  });

  it('describes texts, not people: nothing in the scorecard is withheld as a small count', () => {
    expect(activity.disclosure.case).toBe('document');
  });
});
