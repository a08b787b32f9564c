import { describe, expect, it } from 'vitest';
import { frameCodes, SHARED_THEME_CODES } from '@dh/core';
import { activity, CODING_FRAME, GUIDE } from '../src/index.js';

const texts = (paragraphs: readonly { text: { en: string } }[]): string => paragraphs.map((p) => p.text.en).join(' ');
const paragraph = (paragraphs: readonly { id: string; text: { en: string } }[], id: string): string =>
  paragraphs.find((p) => p.id === id)?.text.en ?? '';

describe('the conversation guide', () => {
  it('opens with consent and assent: no details asked, the young person in charge, withdrawal possible, then the question', () => {
    expect(GUIDE.opening.map((p) => p.id)).toEqual([
      'welcome',
      'purpose',
      'no_details',
      'your_choice',
      'pause_and_stop',
      'withdraw',
      'confidentiality',
      'recording',
      'length',
      'consent',
    ]);
    expect(paragraph(GUIDE.opening, 'no_details')).toMatch(/I will not ask you to describe it/);
    expect(paragraph(GUIDE.opening, 'pause_and_stop')).toMatch(/stop at any time, without saying why/);
    expect(paragraph(GUIDE.opening, 'withdraw')).toMatch(/everything you said will be deleted/);
    expect(paragraph(GUIDE.opening, 'consent')).toMatch(/If you are under 18: .* it is your own decision\. .*Would you like to take part/);
  });

  it('has pause and stop rules for the interviewer', () => {
    expect(paragraph(GUIDE.interviewerNotes, 'pause_rule')).toMatch(/^Pause at once when the young person says so/);
    expect(paragraph(GUIDE.interviewerNotes, 'stop_rule')).toMatch(/^Stop the conversation, and do not return to it/);
    expect(paragraph(GUIDE.interviewerNotes, 'refusal_and_withdrawal')).toMatch(/never write down why or anything they said/);
  });

  it('closes gently and with a referral: something to look forward to, feelings, where to get help, how to withdraw', () => {
    expect(GUIDE.closing.map((p) => p.id)).toEqual(['warm_down', 'thanks', 'feelings', 'referral', 'withdraw_reminder']);
    expect(paragraph(GUIDE.closing, 'referral')).toMatch(/\[support worker\] is here for you .*\[child helpline\]/);
  });

  it('asks about what came after, never what was done, and never for a name', () => {
    const questions = GUIDE.sections.flatMap((s) => s.questions.flatMap((q) => [q.text.en, ...q.probes.map((p) => p.en)]));
    expect(GUIDE.sections.map((s) => s.id)).toEqual(['getting_started', 'online_life', 'telling', 'help', 'messages']);
    expect(questions.length).toBeGreaterThan(20);
    for (const question of questions) {
      expect(question).not.toMatch(/\bnames?\b/i);
      expect(question).not.toMatch(/what happened to you\?|who did (it|this)|describe what/i);
    }
    expect(texts(GUIDE.interviewerNotes)).toMatch(/Never ask what was done to the young person/);
  });
});

describe('the coding frame', () => {
  const codes = frameCodes(CODING_FRAME);

  it('follows the conversation, with stable ids used once', () => {
    expect(new Set(codes.map((c) => c.id)).size).toBe(codes.length);
    expect(codes.filter((c) => c.children.length > 0).map((c) => c.id)).toEqual([
      'sc_online_life',
      'sc_telling',
      'sc_responses',
      'sc_help_and_reporting',
      'sc_coping',
      'sc_ways_forward',
    ]);
  });

  it('places shared themes where they fit, so theme tables line up with the other activities (the kit refuses a shared id with other texts)', () => {
    expect(codes.filter((c) => c.id in SHARED_THEME_CODES).map((c) => c.id)).toEqual(
      expect.arrayContaining(['victim_blaming', 'stigma_and_shame', 'gaps_in_support_services']),
    );
  });

  // A note naming a theme the frame does not have is refused when the activity is defined (the interview kit).
  it('gives every theme a definition, inclusion and exclusion notes, and an example', () => {
    for (const code of codes)
      for (const text of [code.definition, code.include, code.exclude, code.example]) expect(text?.en.length, code.id).toBeGreaterThan(15);
  });
});

describe('the records', () => {
  const built = activity.build();
  const fields = (name: string) => built.recordTypes.find((r) => r.name === name)?.fields.map((f) => f.name) ?? [];

  it("log every conversation with consent, the young person's assent, a support worker and a referral, never a name", () => {
    expect(fields('interview_log')).toEqual(
      expect.arrayContaining(['interview_code', 'respondent_age_group', 'consent', 'assent', 'support_person_present', 'referral_offered']),
    );
    expect(fields('interview_log')).not.toContain('sector');
    for (const field of fields('interview_log')) expect(field).not.toMatch(/name|phone|address/);
  });

  it('record a refusal or withdrawal with no field that could hold content', () => {
    expect(fields('participation')).toEqual(['invitation_code', 'invited_on', 'outcome', 'interview_code', 'support_offered']);
    const record = built.recordTypes.find((r) => r.name === 'participation');
    expect(record?.fields.filter((f) => f.freeText)).toEqual([]);
    for (const field of record?.fields ?? [])
      expect(field.codes !== undefined || field.pattern !== undefined || field.valueType === 'date', field.name).toBe(true);
  });
});
