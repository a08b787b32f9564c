/** A paragraph of a guide's opening, closing or notes: its id and English text. */
export type ScriptParagraphDraft = readonly [id: string, en: string];

/**
 * Paragraphs that the guides of interviews with adult professionals say alike (docs/methodology.md
 * § the interview activities: consent script, closing and referral script), written once so
 * a correction reaches every guide. A guide places those that fit among its own; [brackets] are
 * filled by the research team of each country before fieldwork.
 */
export const PROFESSIONAL_SCRIPT = {
  introduction: [
    'introduction',
    'Thank you for meeting me. My name is [first name], and I work with [research organisation] on Disrupting Harm, a study of how digital technology is used to sexually exploit and abuse children, and of how [country] responds.',
  ],
  recording: [
    'recording',
    'With your agreement I would like to record the interview, so that I do not miss anything. The recording is kept securely, heard only by the research team, and deleted once the notes are checked. You may ask me to stop recording at any time.',
  ],
  length: ['length', 'The interview takes about one hour.'],
  askConsent: ['consent', 'Do you have any questions? Do you agree to take part in this interview, and to it being recorded?'],
  thanks: ['thanks', 'Thank you for your time and for sharing your experience.'],
  nextSteps: [
    'next_steps',
    'What you told us will be analysed together with the other interviews, without your name, and used in the national report and its recommendations. You will be able to read the report when it is published.',
  ],
  childAtRisk: [
    'referral',
    'If you know of a child who is at risk now, please tell the responsible authority. I can also give you the contacts of [child helpline] and [child protection service].',
  ],
  laterContact: [
    'contact',
    'If you have a question later, or want to withdraw what you said, contact [research team contact] and give the interview code on the card I leave with you.',
  ],
  consentNote: [
    'consent',
    'Hold the interview only after consent is given, and record the consent in the interview log. If consent is not given, thank the person, end the meeting and log nothing.',
  ],
  safeguardingNote: [
    'safeguarding',
    "If a respondent tells you that a child is at immediate risk, follow the research team's safeguarding protocol and tell your supervisor the same day.",
  ],
  logNote: [
    'log',
    'Fill in the interview log on the tablet straight after the interview, including how it ended and whether support contacts were offered.',
  ],
} as const satisfies Readonly<Record<string, ScriptParagraphDraft>>;
