import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { unzipSync, zipSync } from 'fflate';
import type { Block, PrintableDocument } from './document-model.js';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function paragraphs(b: Block, listNumber: number): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ text: b.text, heading: HEADINGS[b.level - 1] ?? HeadingLevel.HEADING_3 })];
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun({ text: b.text, italics: b.note === true })] })];
    case 'list':
      return b.items.flatMap((item) => [
        new Paragraph({
          text: item.text,
          ...(b.ordered ? { numbering: { reference: 'questions', level: 0, instance: listNumber } } : { bullet: { level: 0 } }),
        }),
        ...(item.children ?? []).map((c) => new Paragraph({ text: c, bullet: { level: 1 } })),
      ]);
    case 'table': {
      const cell = (text: string, bold: boolean): TableCell =>
        new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: b.header.map((c) => cell(c, true)) }),
            ...b.rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) })),
          ],
        }),
      ];
    }
  }
}

/** Fixed dates keep a .docx byte-stable across builds of the same source. */
const FIXED_ISO = '2000-01-01T00:00:00Z';

/**
 * The document as a Word file (docx, a maintained OOXML library), for teams that print
 * and annotate it. Numbered lists restart in each section. The creation dates and zip entry
 * times are fixed, so the same source gives the same bytes.
 */
export async function documentDocx(doc: PrintableDocument): Promise<Uint8Array> {
  let listNumber = 0;
  const children = doc.blocks.flatMap((b) => paragraphs(b, b.kind === 'list' && b.ordered ? ++listNumber : listNumber));
  const document = new Document({
    creator: 'dh',
    lastModifiedBy: 'dh',
    title: doc.title,
    numbering: {
      config: [
        {
          reference: 'questions',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [{ children: [new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }), ...children] }],
  });
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(document)));
  const core = files['docProps/core.xml'];
  if (core) {
    const text = new TextDecoder()
      .decode(core)
      .replace(/(<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:\2>)/g, `$1${FIXED_ISO}$3`);
    files['docProps/core.xml'] = new TextEncoder().encode(text);
  }
  // A local-time date: zip times are written from local fields, so every time zone gets the same bytes.
  const mtime = new Date(2000, 0, 1, 0, 0, 0);
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, data]) => [path, [data, { mtime, level: 6 }]])));
}
