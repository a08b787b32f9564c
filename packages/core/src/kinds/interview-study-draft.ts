import type { ChoiceListDraft, NodeDraft } from '../instrument/builder.js';
import type { CodingFrame } from '../instrument/coding-frame.js';
import type { InterviewGuide } from '../instrument/interview-guide.js';

/** One kind of person an interview activity talks to (a prosecutor, a child victim, a caregiver). */
export interface RespondentTypeDraft {
  /** Its code in the log's `respondent_type` list and in `settings.planned`. */
  readonly code: string;
  readonly label: string;
  /** May be under 18: the log asks the age group, and a child's interview needs the child's assent. */
  readonly mayBeChild?: boolean;
  /** Works in an institution: the log asks the sector. */
  readonly professional?: boolean;
  /** Interviews planned in an assessment whose settings give no number (docs/methodology.md: planned sizes). */
  readonly planned: number;
}

/**
 * What one interview activity says about itself to the interview kit: who it interviews, the
 * coding frame it codes with, and the questions its log adds. The kit makes the rest alike for
 * every interview activity (docs/methodology.md § the interview activities).
 */
export interface InterviewStudyDraft {
  /** The activity id: the namespace of its issue codes and the key of its settings. */
  readonly activityId: string;
  /** The activity's version: the log's, the coding frame's and the tables' (docs/architecture.md § versioning). */
  readonly version: string;
  /** A short lower-case prefix of its instrument ids and interview codes: `le` → `le_interview_log`, `LE-001`. */
  readonly prefix: string;
  /** The interviews in words, for titles: "Law-enforcement interviews". */
  readonly name: string;
  readonly respondentTypes: readonly RespondentTypeDraft[];
  /** The codes of `SECTORS` offered to professional respondents. */
  readonly sectors: readonly string[];
  /** Its interview guide; its respondent types are these (`respondentTypeList`). */
  readonly guide: InterviewGuide;
  readonly frame: CodingFrame;
  /** Questions the activity's log adds, asked after the length of the interview. */
  readonly logQuestions?: readonly NodeDraft[];
  /** The lists those questions use. */
  readonly logLists?: readonly ChoiceListDraft[];
}
