import type { InterviewGuide } from '@dh/core';
import type { Block, PrintableDocument } from '../document/document-model.js';
import { EXPORT_TEXTS, type Translator } from '../texts/export-texts.js';

const T = EXPORT_TEXTS['interview-guide'];

/**
 * An interview guide as a printable document in one language: purpose, the opening consent
 * script, notes for the interviewer, each section's questions numbered with their probes
 * (and for whom, where a section is not for every respondent), the closing and referral.
 */
export function guideDocument(guide: InterviewGuide, tr: Translator): PrintableDocument {
  const typeLabel = new Map(guide.respondentTypes.choices.map((c) => [c.code, tr.text(c.label)]));
  const blocks: Block[] = [
    { kind: 'paragraph', text: `${tr.text(T.version)} ${guide.version}`, note: true },
    { kind: 'heading', level: 1, text: tr.text(T.purpose) },
    { kind: 'paragraph', text: tr.text(guide.purpose) },
    { kind: 'heading', level: 1, text: tr.text(T.opening) },
    ...guide.opening.map((p): Block => ({ kind: 'paragraph', text: tr.text(p.text) })),
    { kind: 'heading', level: 1, text: tr.text(T.notes) },
    { kind: 'list', ordered: false, items: guide.interviewerNotes.map((p) => ({ text: tr.text(p.text) })) },
  ];
  for (const section of guide.sections) {
    blocks.push({ kind: 'heading', level: 1, text: tr.text(section.title) });
    const forWhom = section.respondentTypes ? section.respondentTypes.map((c) => typeLabel.get(c) ?? c).join(', ') : tr.text(T.everyone);
    blocks.push({ kind: 'paragraph', text: `${tr.text(T.forTypes)}: ${forWhom}`, note: true });
    blocks.push({
      kind: 'list',
      ordered: true,
      items: section.questions.map((q) => ({ text: tr.text(q.text), children: q.probes.map((p) => tr.text(p)) })),
    });
  }
  blocks.push(
    { kind: 'heading', level: 1, text: tr.text(T.closing) },
    ...guide.closing.map((p): Block => ({ kind: 'paragraph', text: tr.text(p.text) })),
  );
  return { title: tr.text(guide.title), lang: tr.language, blocks };
}
