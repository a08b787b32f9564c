import type { ChoiceList, Text } from './types.js';
import { XML_NAME } from './check-instrument.js';
import { InstrumentDefinitionError } from './check-instrument.js';

/** One question of an interview guide, with the follow-up probes the interviewer may use. */
export interface GuideQuestion {
  readonly id: string;
  readonly text: Text;
  readonly probes: readonly Text[];
}

export interface GuideSection {
  readonly id: string;
  readonly title: Text;
  readonly questions: readonly GuideQuestion[];
  /** Only for these respondent types (codes of the activity's respondent-type list); for all when absent. */
  readonly respondentTypes?: readonly string[];
}

/** A paragraph of a script read aloud, with a stable id so its translation survives edits around it. */
export interface ScriptParagraph {
  readonly id: string;
  readonly text: Text;
}

/**
 * A semi-structured interview guide (docs/methodology.md § the interview activities):
 * the opening consent (and assent) script, sections of questions with probes, the closing
 * and referral script, and notes for the interviewer. Every text is a translation key.
 */
export interface InterviewGuide {
  readonly kind: 'interview-guide';
  readonly id: string;
  readonly title: Text;
  readonly version: string;
  readonly purpose: Text;
  /** Read before any question: who we are, voluntary participation, consent (and a child's assent). */
  readonly opening: readonly ScriptParagraph[];
  readonly sections: readonly GuideSection[];
  /** Read at the end: thanks, what happens next, where to get help (referral). */
  readonly closing: readonly ScriptParagraph[];
  readonly interviewerNotes: readonly ScriptParagraph[];
  /** The respondent types sections may be for, with their labels. */
  readonly respondentTypes: ChoiceList;
}

export interface InterviewGuideDraft {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly purpose: string;
  readonly opening: readonly (readonly [string, string])[];
  readonly sections: readonly {
    readonly id: string;
    readonly title: string;
    readonly for?: readonly string[];
    readonly questions: readonly { readonly id: string; readonly text: string; readonly probes?: readonly string[] }[];
  }[];
  readonly closing: readonly (readonly [string, string])[];
  readonly notes: readonly (readonly [string, string])[];
  readonly respondentTypes: ChoiceList;
}

/**
 * Gives every text of a guide its key (`<guide>.<section>.<question>.text`,
 * `<guide>.opening.<paragraph>`), checks ids, and returns the guide. Throws on an authoring error.
 */
export function defineInterviewGuide(draft: InterviewGuideDraft): InterviewGuide {
  const t = (suffix: string, en: string): Text => ({ key: `${draft.id}.${suffix}`, en });
  const script = (part: string, paragraphs: readonly (readonly [string, string])[]): ScriptParagraph[] =>
    paragraphs.map(([id, en]) => ({ id, text: t(`${part}.${id}`, en) }));
  const problems: string[] = [];
  const ids = new Set<string>();
  const unique = (id: string, where: string): void => {
    if (!XML_NAME.test(id)) problems.push(`${where} id "${id}" is not a name (letters, digits, _ . -)`);
    if (ids.has(`${where}:${id}`)) problems.push(`${where} id "${id}" is used twice`);
    ids.add(`${where}:${id}`);
  };
  for (const [part, paragraphs] of [
    ['opening', draft.opening],
    ['closing', draft.closing],
    ['note', draft.notes],
  ] as const)
    for (const [id] of paragraphs) unique(id, part);
  const types = new Set(draft.respondentTypes.choices.map((c) => c.code));
  if (draft.opening.length === 0) problems.push('the guide has no opening (consent) script');
  if (draft.closing.length === 0) problems.push('the guide has no closing (referral) script');
  const sections = draft.sections.map((section): GuideSection => {
    unique(section.id, 'section');
    for (const code of section.for ?? [])
      if (!types.has(code))
        problems.push(`section "${section.id}" is for "${code}", which is not a respondent type of list "${draft.respondentTypes.name}"`);
    return {
      id: section.id,
      title: t(`${section.id}.title`, section.title),
      questions: section.questions.map((q) => {
        unique(`${section.id}.${q.id}`, 'question');
        return {
          id: q.id,
          text: t(`${section.id}.${q.id}.text`, q.text),
          probes: (q.probes ?? []).map((p, i) => t(`${section.id}.${q.id}.probe_${i + 1}`, p)),
        };
      }),
      ...(section.for !== undefined && { respondentTypes: section.for }),
    };
  });
  if (problems.length > 0)
    throw new InstrumentDefinitionError(`Interview guide "${draft.id}" is not well defined:\n- ${problems.join('\n- ')}`);
  return {
    kind: 'interview-guide',
    id: draft.id,
    title: t('title', draft.title),
    version: draft.version,
    purpose: t('purpose', draft.purpose),
    opening: script('opening', draft.opening),
    sections,
    closing: script('closing', draft.closing),
    interviewerNotes: script('note', draft.notes),
    respondentTypes: draft.respondentTypes,
  };
}
