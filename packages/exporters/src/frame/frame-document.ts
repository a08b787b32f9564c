import { frameCodes, type CodingFrame, type ThemeCode } from '@dh/core';
import type { PrintableDocument } from '../document/document-model.js';
import { EXPORT_TEXTS, type Translator } from '../texts/export-texts.js';

const T = EXPORT_TEXTS['coding-frame'];

/** A coding frame for reading: every code (indented under its parent) with its definition and the notes coders need. */
export function frameDocument(frame: CodingFrame, tr: Translator): PrintableDocument {
  const depth = new Map<string, number>();
  const walk = (codes: readonly ThemeCode[], level: number): void =>
    codes.forEach((c) => (depth.set(c.id, level), walk(c.children, level + 1)));
  walk(frame.codes, 0);
  const cell = (t: ThemeCode['include']): string => (t ? tr.text(t) : '');
  return {
    title: tr.text(frame.title),
    lang: tr.language,
    blocks: [
      { kind: 'paragraph', text: `${tr.text(T.version)} ${frame.version}`, note: true },
      { kind: 'paragraph', text: tr.text(T.intro) },
      {
        kind: 'table',
        header: [T.code, T.label, T.definition, T.include, T.exclude, T.example].map((t) => tr.text(t)),
        rows: frameCodes(frame).map((c) => [
          c.id,
          `${'— '.repeat(depth.get(c.id) ?? 0)}${tr.text(c.label)}`,
          tr.text(c.definition),
          cell(c.include),
          cell(c.exclude),
          cell(c.example),
        ]),
      },
    ],
  };
}
