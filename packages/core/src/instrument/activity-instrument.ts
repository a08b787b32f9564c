import type { Checklist } from './checklist.js';
import type { CodingFrame } from './coding-frame.js';
import type { DataRequest } from './data-request.js';
import type { InterviewGuide } from './interview-guide.js';
import type { Instrument } from './types.js';

/**
 * What a field team uses, by kind (docs/architecture.md, principle 7): each kind has its own
 * exporters (questionnaire → XLSForm, codebooks, DDI; interview guide → Markdown, HTML,
 * .docx; coding frame → REFI-QDA codebook; data request → workbook; checklist → workbook).
 */
export type ActivityInstrument = Instrument | InterviewGuide | CodingFrame | DataRequest | Checklist;
export type InstrumentKind = ActivityInstrument['kind'];

/** The questionnaires among an activity's instruments. */
export function questionnairesOf(instruments: readonly ActivityInstrument[]): Instrument[] {
  return instruments.filter((i): i is Instrument => i.kind === 'questionnaire');
}
