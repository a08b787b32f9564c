import { describe, expect, it } from 'vitest';
import { frameCodes, SHARED_THEME_CODES, type CodingFrame, type Instrument } from '@dh/core';
import { activity, CODING_FRAME, GUIDE, RESPONDENT_TYPES, SECTORS } from '../src/index.js';

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

  it('closes with thanks, what happens next, and where a child at risk can get help', () => {
    expect(GUIDE.closing[0]?.text.en).toMatch(/^Thank you/);
    expect(texts(GUIDE.closing)).toMatch(/child who is at risk now.*\[child helpline\]/);
  });

  it('asks everyone about the legal and policy environment, coordination, prevention, and response and support services', () => {
    const common = GUIDE.sections.filter((s) => s.respondentTypes === undefined).map((s) => s.id);
    expect(common).toEqual(['role', 'legal_framework', 'policy', 'coordination', 'prevention', 'response', 'looking_ahead']);
  });

  it('has a section for the area of every respondent type, and asks about the system, never for a name', () => {
    for (const type of RESPONDENT_TYPES)
      expect(GUIDE.sections.filter((s) => s.respondentTypes?.includes(type.code) ?? false).length, type.code).toBeGreaterThan(0);
    const questions = GUIDE.sections.flatMap((s) => s.questions.flatMap((q) => [q.text.en, ...q.probes.map((p) => p.en)]));
    expect(questions.length).toBeGreaterThan(40);
    for (const question of questions) expect(question).not.toMatch(/\bnames?\b/i);
    expect(texts(GUIDE.interviewerNotes)).toMatch(/Never write a name/);
  });

  it('asks the ICT regulator about obligations of companies, and the education official about schools', () => {
    const of = (code: string) =>
      GUIDE.sections
        .filter((s) => s.respondentTypes?.includes(code) ?? false)
        .flatMap((s) => s.questions.flatMap((q) => [q.text.en, ...q.probes.map((p) => p.en)]))
        .join(' ');
    expect(of('ict_regulation')).toMatch(/internet service providers, mobile operators and platforms/);
    expect(of('education')).toMatch(/curriculum/);
    expect(of('education')).not.toMatch(/regulator/);
  });
});

describe('the coding frame', () => {
  const codes = frameCodes(CODING_FRAME);

  it('has stable ids, each used once, with broad themes following the guide', () => {
    expect(new Set(codes.map((c) => c.id)).size).toBe(codes.length);
    expect(codes.filter((c) => c.children.length > 0).map((c) => c.id)).toEqual([
      'db_legal_policy',
      'db_governance',
      'db_prevention',
      'db_attitudes',
      'db_response',
      'db_capacity',
      'db_ways_forward',
    ]);
  });

  it('uses the shared themes themselves, so theme tables line up with the other interview activities', () => {
    const shared = codes.filter((c) => c.id in SHARED_THEME_CODES);
    for (const code of shared) expect(code).toBe(SHARED_THEME_CODES[code.id as keyof typeof SHARED_THEME_CODES]);
    expect(shared.map((c) => c.id)).toEqual(
      expect.arrayContaining(['gaps_in_law', 'weak_coordination', 'low_awareness', 'gaps_in_support_services', 'lack_of_training']),
    );
    for (const code of codes.filter((c) => !(c.id in SHARED_THEME_CODES))) expect(code.id).toMatch(/^db_/);
  });

  it("as built, says where a QDA project's codings go: the coded segment record", () => {
    const built = activity.build();
    const frame = built.instruments.find((i): i is CodingFrame => i.kind === 'coding-frame');
    expect(frame?.segments?.recordType).toBe('coded_segment');
    const fields = built.recordTypes.find((r) => r.name === 'coded_segment')?.fields.map((f) => f.name);
    expect(Object.values(frame?.segments?.fields ?? {}).sort()).toEqual(fields?.sort());
  });
});

describe('the interview log', () => {
  const built = activity.build();
  const log = built.instruments.find((i): i is Instrument => i.kind === 'questionnaire');
  const fields = built.recordTypes.find((r) => r.name === 'interview_log')?.fields ?? [];

  it('offers exactly the respondent types of this activity, and asks for codes, never names', () => {
    expect(fields.find((f) => f.name === 'respondent_type')?.codes?.map((c) => c.code)).toEqual(RESPONDENT_TYPES.map((t) => t.code));
    expect(fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['interview_code', 'interviewer_code', 'consent', 'referral_offered']),
    );
    for (const field of fields) expect(field.name).not.toMatch(/name|phone|address/);
    expect(log?.id).toBe('db_interview_log');
  });

  it('asks the sector of every respondent, from government to civil society, and no assent: all are adults', () => {
    expect(fields.find((f) => f.name === 'sector')?.codes?.map((c) => c.code)).toEqual([...SECTORS]);
    expect(fields.map((f) => f.name)).not.toContain('assent');
  });
});
