import type { DataRequest } from '@dh/core';
import type { Block, PrintableDocument } from '../document/document-model.js';
import { EXPORT_TEXTS, type Translator } from '../texts/export-texts.js';

const T = EXPORT_TEXTS['data-request'];

/** The data request as a letter's annex: instructions, then every measure with its unit, definition and caveat. */
export function requestDocument(request: DataRequest, tr: Translator): PrintableDocument {
  const blocks: Block[] = [
    { kind: 'paragraph', text: `${tr.text(T.version)} ${request.version}`, note: true },
    { kind: 'heading', level: 1, text: tr.text(T.instructions) },
    ...request.instructions.map((p): Block => ({ kind: 'paragraph', text: tr.text(p.text) })),
    { kind: 'paragraph', text: tr.text(T.notAvailable) },
  ];
  for (const sheet of request.sheets) {
    blocks.push({ kind: 'heading', level: 1, text: tr.text(sheet.title) });
    blocks.push({
      kind: 'table',
      header: [T.code, T.measure, T.unit, T.definition, T.caveat].map((t) => tr.text(t)),
      rows: sheet.measures.flatMap((id) => {
        const m = request.measures.find((x) => x.id === id);
        return m ? [[m.id, tr.text(m.label), tr.text(m.unit), tr.text(m.definition), tr.text(m.caveat)]] : [];
      }),
    });
  }
  return { title: tr.text(request.title), lang: tr.language, blocks };
}
