import { describe, expect, it } from 'vitest';
import { evaluate, frameCodes, placedQuestions, SHARED_THEME_CODES, type Instrument, type RecordValues } from '@dh/core';
import { activity, CODING_FRAME, GUIDE, RESPONDENT_TYPES } from '../src/index.js';

const texts = (paragraphs: readonly { text: { en: string } }[]): string => paragraphs.map((p) => p.text.en).join(' ');
const sectionsFor = (type: string): string[] => GUIDE.sections.filter((s) => s.respondentTypes?.includes(type) ?? true).map((s) => s.id);

describe('the interview guide', () => {
  it("opens with consent and the child's own assent, and promises not to ask about the abuse itself", () => {
    const opening = texts(GUIDE.opening);
    expect(opening).toMatch(/Disrupting Harm/);
    expect(opening).toMatch(/stop at any time/);
    expect(opening).toMatch(/If you are under 18: your parent or caregiver has agreed .* but it is still your own decision/);
    expect(opening).toMatch(/We will not ask you to describe what happened/);
    expect(opening).toMatch(/will not write your name/);
    expect(GUIDE.opening.at(-1)?.text.en).toMatch(/Do you agree to take part/);
  });

  it('closes with thanks, a check on how the respondent feels, and a referral to support', () => {
    expect(GUIDE.closing[0]?.text.en).toMatch(/^Thank you/);
    const closing = texts(GUIDE.closing);
    expect(closing).toMatch(/How are you feeling/);
    expect(closing).toMatch(/\[support service\] can help, and I can give you their contact details/);
    expect(closing).toMatch(/\[child helpline\]/);
  });

  it('walks children and caregivers through their case from the report to compensation and support, and never asks about the abuse or a name', () => {
    for (const type of ['child_victim', 'caregiver'])
      expect(sectionsFor(type)).toEqual([
        'getting_started',
        'reporting',
        'investigation',
        'court',
        'compensation',
        'support',
        'looking_ahead',
      ]);
    const questions = GUIDE.sections.flatMap((s) => s.questions.flatMap((q) => [q.text.en, ...q.probes.map((p) => p.en)]));
    expect(questions.length).toBeGreaterThan(40);
    for (const question of questions) {
      expect(question).not.toMatch(/\bnames?\b/i);
      expect(question).not.toMatch(/what (did|was done to) (you|your child) online|describe the abuse/i);
    }
    expect(texts(GUIDE.interviewerNotes)).toMatch(/Do not ask about the abuse itself/);
  });

  it('asks professionals about their practice, child-friendly measures and compensation in practice', () => {
    for (const type of ['justice_professional', 'support_professional'])
      expect(sectionsFor(type)).toEqual(['practice', 'child_friendly_justice', 'compensation_practice', 'looking_ahead']);
    for (const type of RESPONDENT_TYPES) expect(sectionsFor(type.code).length, type.code).toBeGreaterThan(1);
  });

  it('tells the interviewer when to pause or stop, and to get assent before interviewing a child', () => {
    const notes = texts(GUIDE.interviewerNotes);
    expect(notes).toMatch(/Offer a pause; if distress continues, stop the interview/);
    expect(notes).toMatch(/the child has agreed in their own words/);
  });
});

describe('the coding frame', () => {
  const codes = frameCodes(CODING_FRAME);

  it('follows the case from report to compensation and support, with stable ids used once', () => {
    expect(new Set(codes.map((c) => c.id)).size).toBe(codes.length);
    expect(codes.filter((c) => c.children.length > 0).map((c) => c.id)).toEqual([
      'aj_reporting',
      'aj_investigation',
      'aj_court',
      'aj_compensation',
      'aj_support',
      'aj_attitudes',
      'aj_ways_forward',
    ]);
    expect(codes.find((c) => c.id === 'aj_compensation')?.children.map((c) => c.id)).toEqual([
      'aj_compensation_unknown',
      'aj_compensation_sought',
      'aj_compensation_received',
      'aj_costs_to_family',
    ]);
  });

  it('places shared themes where they fit, so theme tables line up with the other activities (the kit refuses a shared id with other texts)', () => {
    expect(codes.filter((c) => c.id in SHARED_THEME_CODES).map((c) => c.id)).toEqual(
      expect.arrayContaining(['victim_blaming', 'lack_of_child_friendly_justice', 'informal_settlement', 'gaps_in_support_services']),
    );
  });

  // A note naming a theme the frame does not have is refused when the activity is defined (the interview kit).
  it('gives every theme a definition, inclusion and exclusion notes, and an example', () => {
    for (const code of codes)
      for (const text of [code.definition, code.include, code.exclude, code.example]) expect(text?.en.length, code.id).toBeGreaterThan(15);
  });
});

describe('the interview log', () => {
  const built = activity.build();
  const log = built.instruments.find((i): i is Instrument => i.kind === 'questionnaire');
  const placed = log ? placedQuestions(log) : [];
  /** Whether the log asks a question of this interview. */
  const asks = (name: string, record: RecordValues): boolean => {
    const question = placed.find((p) => p.question.name === name);
    if (!question) throw new Error(`the log has no question ${name}`);
    return question.relevant === undefined || evaluate(question.relevant, record);
  };

  it('offers exactly the respondent types of this activity, and asks for codes, never names', () => {
    const fields = built.recordTypes.find((r) => r.name === 'interview_log')?.fields ?? [];
    expect(fields.find((f) => f.name === 'respondent_type')?.codes?.map((c) => c.code)).toEqual(RESPONDENT_TYPES.map((t) => t.code));
    expect(fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['interview_code', 'interviewer_code', 'consent', 'assent', 'referral_offered']),
    );
    for (const field of fields) expect(field.name).not.toMatch(/name|phone|address/);
    expect(log?.id).toBe('aj_interview_log');
  });

  it("asks a child victim's age group, and the child's assent only when under 18", () => {
    expect(asks('respondent_age_group', { respondent_type: 'child_victim' })).toBe(true);
    expect(asks('respondent_age_group', { respondent_type: 'caregiver' })).toBe(false);
    expect(asks('assent', { respondent_type: 'child_victim', respondent_age_group: 'under_18' })).toBe(true);
    expect(asks('assent', { respondent_type: 'child_victim', respondent_age_group: 'adult' })).toBe(false);
  });

  it('asks the sector of professionals only', () => {
    expect(asks('sector', { respondent_type: 'support_professional' })).toBe(true);
    expect(asks('sector', { respondent_type: 'child_victim' })).toBe(false);
  });
});
