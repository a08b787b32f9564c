import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, instrumentTexts, parseVersion, satisfiesRange, type FieldDefinition } from '@dh/core';
import { activity, LEGAL_POLICY_REVIEW_VERSION, PROVISIONS, provisionIds } from '../src/index.js';
import { built, checklistOf, reviewType } from './fixtures.js';

const checklist = checklistOf();
const field = (name: string): FieldDefinition => {
  const found = reviewType().fields.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
};

describe('the legal and policy checklist', () => {
  it('is the one instrument of the review, a checklist read back as provision_review records', () => {
    expect(built.instruments.map((i) => `${i.kind}:${i.id}@${i.version}`)).toEqual([
      `checklist:legal_policy_checklist@${LEGAL_POLICY_REVIEW_VERSION}`,
    ]);
    expect([checklist.recordType, checklist.itemField, checklist.statusField]).toEqual(['provision_review', 'provision_id', 'status']);
    expect(activity.kind).toBe('legal-checklist');
  });

  it("holds the methodology's provisions, the national plan and the coordinating body as two policy items", () => {
    expect(checklist.items).toHaveLength(15);
    expect(provisionIds('policy')).toEqual(['national_plan', 'coordinating_body']);
    expect(checklist.items.filter((i) => i.section === 'law')).toHaveLength(13);
    expect(new Set(checklist.items.map((i) => i.id)).size).toBe(15);
    for (const id of [
      'child_definition',
      'csam_definition',
      'csam_offences',
      'csam_online_access',
      'online_grooming',
      'sexual_extortion',
      'live_streaming',
      'self_generated_images',
      'age_of_consent',
      'extraterritorial_jurisdiction',
      'provider_duties',
      'child_friendly_justice',
      'mandatory_reporting',
    ])
      expect(provisionIds('law')).toContain(id);
  });

  it('names for every provision the standard it comes from', () => {
    const sources = /UN OPSC|UN CRC|Lanzarote Convention|Budapest Convention|WeProtect Model National Response/;
    for (const item of checklist.items) expect(item.standard, item.id).toMatch(sources);
    const standardOf = (id: string) => checklist.items.find((i) => i.id === id)?.standard;
    expect(standardOf('online_grooming')).toMatch(/Lanzarote Convention art\. 23/);
    expect(standardOf('csam_offences')).toMatch(/UN OPSC art\. 3\(1\)\(c\).*Budapest Convention art\. 9\(1\)/);
    expect(standardOf('csam_online_access')).toMatch(/Lanzarote Convention art\. 20\(1\)\(f\)/);
    expect(standardOf('extraterritorial_jurisdiction')).toMatch(/Lanzarote Convention art\. 25\(1\)\(d\)–\(e\) and 25\(4\)/);
    expect(standardOf('coordinating_body')).toMatch(/WeProtect Model National Response, capability 1/);
  });

  it('tells the reviewer what counts as yes, partial, no and unclear for each provision', () => {
    for (const item of checklist.items) expect(item.guidance.en, item.id).toMatch(/^Yes: .+ Partial: .+ No: .+ Unclear: .+$/);
    expect(checklist.items.find((i) => i.id === 'online_grooming')?.guidance.en).toMatch(/whether or not a meeting is proposed/);
    expect(checklist.statuses.choices.map((c) => c.code)).toEqual(['yes', 'partial', 'no', 'unclear']);
  });

  it('dates the definition of every provision to a released checklist version no later than this one', () => {
    for (const item of checklist.items) {
      expect(parseVersion(item.definedIn), item.id).toBeDefined();
      expect(satisfiesRange(item.definedIn, `<=${LEGAL_POLICY_REVIEW_VERSION}`), item.id).toBe(true);
    }
    expect(PROVISIONS.map((p) => p.definedIn)).toEqual(checklist.items.map((i) => i.definedIn));
  });

  it('is the list docs/methodology.md gives: every provision with its section, question and standard, in checklist order', () => {
    const methodology = readFileSync(new URL('../../../../docs/methodology.md', import.meta.url), 'utf8');
    const section = methodology.slice(methodology.indexOf('## legal-policy-review'), methodology.indexOf('## the interview activities'));
    const rows = section.split('\n').filter((line) => line.startsWith('| `'));
    expect(rows).toEqual(PROVISIONS.map((p) => `| \`${p.id}\` | ${p.section} | ${p.question} | ${p.standard} |`));
    expect(section).toContain(`fifteen items: thirteen law provisions`);
    expect([PROVISIONS.length, provisionIds('law').length, provisionIds('policy')]).toEqual([
      15,
      13,
      ['national_plan', 'coordinating_body'],
    ]);
  });

  it('keys every text under the checklist, so it can be translated without meeting another activity', () => {
    const keys = instrumentTexts(checklist).map((t) => t.key);
    expect(keys.length).toBe(1 + checklist.instructions.length + 2 * 15 + 4);
    for (const key of keys) expect(key).toMatch(/^(legal_policy_checklist\.|choices\.legal_status\.)/);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('the provision_review record type', () => {
  it('has one row per provision, with status, citation, dates, reviewer and note in the workbook order', () => {
    const rt = reviewType();
    expect(rt.key).toEqual(['provision_id']);
    expect(rt.fields.map((f) => f.name)).toEqual([
      'provision_id',
      'status',
      'citation',
      'law_date',
      'document_year',
      'review_date',
      'reviewer',
      'note',
    ]);
    expect(field('provision_id').codes?.map((c) => c.code)).toEqual(checklist.items.map((i) => i.id));
    expect(field('status').codes?.map((c) => c.code)).toEqual(['yes', 'partial', 'no', 'unclear']);
    expect(['provision_id', 'status', 'review_date', 'reviewer'].map((n) => field(n).required)).toEqual([true, true, true, true]);
    expect(['citation', 'law_date', 'document_year', 'note'].map((n) => field(n).required)).toEqual([false, false, false, false]);
    expect(field('note').freeText).toBe(true);
  });

  it('asks the date of a law only of law items, and the year of a document only of policy items', () => {
    const lawDate = field('law_date').relevant;
    const year = field('document_year').relevant;
    if (!lawDate || !year) throw new Error('law_date and document_year must have a relevance');
    expect(evaluate(lawDate, { provision_id: 'online_grooming' })).toBe(true);
    expect(evaluate(lawDate, { provision_id: 'national_plan' })).toBe(false);
    expect(evaluate(year, { provision_id: 'coordinating_body' })).toBe(true);
    expect(evaluate(year, { provision_id: 'mandatory_reporting' })).toBe(false);
  });

  it('takes a reviewer code, never a name', () => {
    const pattern = new RegExp(field('reviewer').pattern?.regex ?? '^$');
    expect(['R01', 'LR-02', 'ECPAT7'].map((v) => pattern.test(v))).toEqual([true, true, true]);
    expect(['Jane Doe', 'r01', 'R', 'Amani'].map((v) => pattern.test(v))).toEqual([false, false, false, false]);
  });
});
