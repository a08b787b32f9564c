import type { Checklist } from '@dh/core';
import type { Block, PrintableDocument } from '../document/document-model.js';
import { EXPORT_TEXTS, type Translator } from '../texts/export-texts.js';

const T = EXPORT_TEXTS.checklist;

/** A checklist for reading: instructions, what each status means, and every item with its standard and guidance. */
export function checklistDocument(checklist: Checklist, tr: Translator): PrintableDocument {
  const blocks: Block[] = [
    { kind: 'paragraph', text: `${tr.text(T.version)} ${checklist.version}`, note: true },
    { kind: 'heading', level: 1, text: tr.text(T.instructions) },
    ...checklist.instructions.map((p): Block => ({ kind: 'paragraph', text: tr.text(p.text) })),
    { kind: 'heading', level: 1, text: tr.text(T.statuses) },
    { kind: 'list', ordered: false, items: checklist.statuses.choices.map((c) => ({ text: `${c.code}: ${tr.text(c.label)}` })) },
    {
      kind: 'table',
      header: [T.item, T.question, T.standard, T.guidance].map((t) => tr.text(t)),
      rows: checklist.items.map((item) => [item.id, tr.text(item.question), item.standard, tr.text(item.guidance)]),
    },
  ];
  return { title: tr.text(checklist.title), lang: tr.language, blocks };
}
