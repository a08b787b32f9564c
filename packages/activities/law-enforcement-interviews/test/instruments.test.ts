import { describe, expect, it } from 'vitest';
import { danglingThemeReferences, frameCodes, instrumentTexts, SHARED_THEME_CODES, type Instrument } from '@dh/core';
import { activity, CODING_FRAME, GUIDE, RESPONDENT_TYPES } from '../src/index.js';

const texts = (paragraphs: readonly { text: { en: string } }[]): string => paragraphs.map((p) => p.text.en).join(' ');

describe('the interview guide', () => {
  it('opens with a consent script: who we are, voluntary, stop any time, no names, then asks for consent', () => {
    const opening = texts(GUIDE.opening);
    expect(opening).toMatch(/Disrupting Harm/);
    expect(opening).toMatch(/voluntary/);
    expect(opening).toMatch(/stop at any time/);
    expect(opening).toMatch(/will not write your name/);
    expect(GUIDE.opening.at(-1)?.text.en).toMatch(/Do you agree to take part/);
  });

  it('closes with thanks, what happens next, and where the respondent and any child at risk can get help', () => {
    expect(GUIDE.closing[0]?.text.en).toMatch(/^Thank you/);
    const closing = texts(GUIDE.closing);
    expect(closing).toMatch(/can help, and I can give you its contact details/);
    expect(closing).toMatch(/child who is at risk now.*\[child helpline\]/);
  });

  it('has a section for the work of every respondent type, and asks about practice, never for a name', () => {
    for (const type of RESPONDENT_TYPES)
      expect(GUIDE.sections.filter((s) => s.respondentTypes?.includes(type.code) ?? false).length, type.code).toBeGreaterThan(0);
    const questions = GUIDE.sections.flatMap((s) => s.questions.flatMap((q) => [q.text.en, ...q.probes.map((p) => p.en)]));
    expect(questions.length).toBeGreaterThan(40);
    for (const question of questions) expect(question).not.toMatch(/\bnames?\b/i);
    expect(texts(GUIDE.interviewerNotes)).toMatch(/Never write a name/);
  });

  it('asks about each element of the capacity checklist', () => {
    const all = instrumentTexts(GUIDE)
      .map((t) => t.en)
      .join(' ');
    for (const element of [/specialised unit/, /training/, /ICSE/, /digital-forensics laboratory/, /identified/, /budget line/])
      expect(all).toMatch(element);
  });
});

describe('the coding frame', () => {
  const codes = frameCodes(CODING_FRAME);

  it('has stable ids, each used once: a renamed theme breaks comparison', () => {
    expect(new Set(codes.map((c) => c.id)).size).toBe(codes.length);
    expect(codes.filter((c) => c.children.length > 0).map((c) => c.id)).toEqual([
      'le_case_flow',
      'le_investigation',
      'le_justice',
      'le_children',
      'le_capacity',
      'le_cooperation',
      'le_ways_forward',
    ]);
  });

  it('uses the shared themes themselves, with their ids and texts, among them the three every justice activity needs', () => {
    const shared = codes.filter((c) => c.id in SHARED_THEME_CODES);
    for (const code of shared) expect(code).toBe(SHARED_THEME_CODES[code.id as keyof typeof SHARED_THEME_CODES]);
    expect(shared.map((c) => c.id)).toEqual(expect.arrayContaining(['lack_of_training', 'victim_blaming', 'slow_platform_evidence']));
    for (const code of codes.filter((c) => !(c.id in SHARED_THEME_CODES))) expect(code.id).toMatch(/^le_/);
  });

  it('gives every theme a definition, inclusion and exclusion notes naming themes that exist, and an example', () => {
    for (const code of codes)
      for (const text of [code.definition, code.include, code.exclude, code.example]) expect(text?.en.length, code.id).toBeGreaterThan(15);
    expect(danglingThemeReferences(CODING_FRAME)).toEqual([]);
  });
});

describe('the interview log', () => {
  const log = activity.build().instruments.find((i): i is Instrument => i.kind === 'questionnaire');

  it('offers exactly the respondent types of this activity, and asks for codes, never names', () => {
    const fields = activity.build().recordTypes.find((r) => r.name === 'interview_log')?.fields ?? [];
    expect(fields.find((f) => f.name === 'respondent_type')?.codes?.map((c) => c.code)).toEqual(RESPONDENT_TYPES.map((t) => t.code));
    expect(fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['interview_code', 'interviewer_code', 'consent', 'referral_offered']),
    );
    for (const field of fields) expect(field.name).not.toMatch(/name|phone|address/);
    expect(log?.id).toBe('le_interview_log');
  });

  it('asks no assent: every respondent is an adult professional', () => {
    const fields = activity
      .build()
      .recordTypes.find((r) => r.name === 'interview_log')
      ?.fields.map((f) => f.name);
    expect(fields).not.toContain('assent');
    expect(fields).toContain('sector');
  });
});
