import type { ActivityInstrument, Instrument, RecordType, Translations } from '@dh/core';
import { checklistDocument } from '../checklist/checklist-document.js';
import { checklistWorkbook } from '../checklist/checklist-workbook.js';
import { ddiCodebook } from '../codebook/ddi-codebook.js';
import { htmlCodebook } from '../codebook/html-codebook.js';
import { markdownCodebook } from '../codebook/markdown-codebook.js';
import type { PrintableDocument } from '../document/document-model.js';
import { documentDocx } from '../document/docx.js';
import { documentHtml } from '../document/html.js';
import { documentMarkdown } from '../document/markdown.js';
import { frameDocument } from '../frame/frame-document.js';
import { refiCodebook } from '../frame/refi-codebook.js';
import { guideDocument } from '../guide/guide-document.js';
import { requestDocument } from '../request/request-document.js';
import { requestWorkbook } from '../request/request-workbook.js';
import { Translator } from '../texts/export-texts.js';
import { buildXlsform } from '../xlsform/build-xlsform.js';
import { checkXlsformSheets } from '../xlsform/check-xlsform.js';
import { writeXlsform } from '../xlsform/write-xlsform.js';
import type { XlsformProblem } from '../xlsform/xlsform-problem.js';
import type { ExportFile } from './export-file.js';

export interface InstrumentExportInput {
  readonly instrument: ActivityInstrument;
  /** Folder of the activity's exports (`<activity id>`). */
  readonly dir: string;
  /** BCP 47 tags; the first is the default language. */
  readonly languages: readonly string[];
  readonly translations?: Readonly<Record<string, Translations>>;
  /** The activity's record types (what the data hold, with variables added after collection). */
  readonly recordTypes: readonly RecordType[];
  readonly studyTitle?: string;
}

export interface InstrumentExport {
  readonly files: ExportFile[];
  /** Per language, the keys shown in English. */
  readonly untranslated: Readonly<Record<string, readonly string[]>>;
  readonly xlsformProblems: readonly XlsformProblem[];
}

/** A printable document in every language: Markdown, HTML and (where teams print and annotate it) .docx. */
async function documents(
  input: InstrumentExportInput,
  folder: string,
  make: (tr: Translator) => PrintableDocument,
  docx: boolean,
): Promise<InstrumentExport> {
  const files: ExportFile[] = [];
  const untranslated: Record<string, readonly string[]> = {};
  for (const language of input.languages) {
    const tr = new Translator(language, input.translations?.[language]);
    const doc = make(tr);
    const base = `${input.dir}/${folder}/${input.instrument.id}.${language}`;
    files.push({ path: `${base}.md`, content: documentMarkdown(doc) }, { path: `${base}.html`, content: documentHtml(doc) });
    if (docx) files.push({ path: `${base}.docx`, content: await documentDocx(doc) });
    untranslated[language] = tr.untranslated;
  }
  return { files, untranslated, xlsformProblems: [] };
}

/** One file per language, plus what each language left untranslated. */
async function perLanguage(input: InstrumentExportInput, make: (tr: Translator) => Promise<ExportFile[]>): Promise<InstrumentExport> {
  const files: ExportFile[] = [];
  const untranslated: Record<string, readonly string[]> = {};
  for (const language of input.languages) {
    const tr = new Translator(language, input.translations?.[language]);
    files.push(...(await make(tr)));
    untranslated[language] = tr.untranslated;
  }
  return { files, untranslated, xlsformProblems: [] };
}

/** One XLSForm holding every language; codebooks per language; DDI in English, the analysis language. */
async function questionnaire(input: InstrumentExportInput, instrument: Instrument): Promise<InstrumentExport> {
  const own = { recordTypes: input.recordTypes.filter((r) => r.instrumentId === instrument.id) };
  const form = buildXlsform(instrument, { languages: input.languages, ...(input.translations && { translations: input.translations }) });
  const codebooks = await perLanguage(input, async (tr) => {
    const base = `${input.dir}/codebook/${instrument.id}.${tr.language}`;
    return [
      { path: `${base}.md`, content: markdownCodebook(instrument, { ...own, translator: tr }) },
      { path: `${base}.html`, content: htmlCodebook(instrument, { ...own, translator: tr }) },
    ];
  });
  const untranslated = Object.fromEntries(
    input.languages.map((l) => [l, [...new Set([...(form.untranslated[l] ?? []), ...(codebooks.untranslated[l] ?? [])])].sort()]),
  );
  return {
    files: [
      { path: `${input.dir}/xlsform/${instrument.id}.xlsx`, content: await writeXlsform(form.workbook) },
      ...codebooks.files,
      {
        path: `${input.dir}/ddi/${instrument.id}.xml`,
        content: ddiCodebook(instrument, { ...own, ...(input.studyTitle !== undefined && { studyTitle: input.studyTitle }) }),
      },
    ],
    untranslated,
    xlsformProblems: checkXlsformSheets(form.workbook),
  };
}

/**
 * The exports of one instrument, chosen by its kind (docs/architecture.md, principle 7):
 * questionnaire → XLSForm, codebooks, DDI; interview guide → Markdown, HTML, .docx per
 * language; coding frame → REFI-QDA codebook (.qdc), Markdown, HTML; data request →
 * workbook and Markdown; checklist → workbook, Markdown, HTML.
 */
export async function exportInstrument(input: InstrumentExportInput): Promise<InstrumentExport> {
  const { instrument } = input;
  switch (instrument.kind) {
    case 'questionnaire':
      return questionnaire(input, instrument);
    case 'interview-guide':
      return documents(input, 'guide', (tr) => guideDocument(instrument, tr), true);
    case 'coding-frame': {
      const docs = await documents(input, 'coding-frame', (tr) => frameDocument(instrument, tr), false);
      const qdc = await perLanguage(input, async (tr) => [
        { path: `${input.dir}/coding-frame/${instrument.id}.${tr.language}.qdc`, content: refiCodebook(instrument, tr) },
      ]);
      return { ...docs, files: [...qdc.files, ...docs.files] };
    }
    case 'data-request': {
      const docs = await documents(input, 'request', (tr) => requestDocument(instrument, tr), false);
      const workbooks = await perLanguage(input, async (tr) => [
        { path: `${input.dir}/request/${instrument.id}.${tr.language}.xlsx`, content: await requestWorkbook(instrument, tr) },
      ]);
      return { ...docs, files: [...workbooks.files, ...docs.files] };
    }
    case 'checklist': {
      const recordType = input.recordTypes.find((r) => r.name === instrument.recordType);
      if (!recordType)
        throw new RangeError(`Checklist ${instrument.id} names record type "${instrument.recordType}", which the activity does not have`);
      const docs = await documents(input, 'checklist', (tr) => checklistDocument(instrument, tr), false);
      const workbooks = await perLanguage(input, async (tr) => [
        {
          path: `${input.dir}/checklist/${instrument.id}.${tr.language}.xlsx`,
          content: await checklistWorkbook(instrument, recordType, tr),
        },
      ]);
      return { ...docs, files: [...workbooks.files, ...docs.files] };
    }
  }
}
