import { recordTypesOf, type BuiltActivity, type Instrument, type RecordType, type Translations } from '@dh/core';
import { ddiCodebook } from '../codebook/ddi-codebook.js';
import { htmlCodebook } from '../codebook/html-codebook.js';
import { markdownCodebook } from '../codebook/markdown-codebook.js';
import { dataPackage } from '../frictionless/data-package.js';
import { tableSchema } from '../frictionless/table-schema.js';
import { buildXlsform } from '../xlsform/build-xlsform.js';
import { checkXlsformSheets } from '../xlsform/check-xlsform.js';
import { writeXlsform } from '../xlsform/write-xlsform.js';
import type { XlsformProblem } from '../xlsform/xlsform-problem.js';
import type { ExportFile } from './export-file.js';

export interface ActivityArtefactsInput {
  readonly activity: { readonly id: string; readonly title: string; readonly version: string };
  /** Its record types, when given, are what the data hold (with variables added after collection, such as weights). */
  readonly built: Pick<BuiltActivity, 'instruments' | 'links'> & Partial<Pick<BuiltActivity, 'recordTypes'>>;
  /** BCP 47 tags; the first is the XLSForms' default language. */
  readonly languages: readonly string[];
  /** Per language tag, key → text. */
  readonly translations?: Readonly<Record<string, Translations>>;
  /** For the DDI study title, e.g. "Disrupting Harm in Kenya". */
  readonly studyTitle?: string;
}

export interface ActivityArtefacts {
  /** Paths under `<activity id>/`. */
  readonly files: readonly ExportFile[];
  /** Per language, the distinct keys shown in English in at least one XLSForm. */
  readonly untranslated: Readonly<Record<string, readonly string[]>>;
  /** What the structural check found in the generated XLSForms, per instrument id; empty when all pass. */
  readonly xlsformProblems: Readonly<Record<string, readonly XlsformProblem[]>>;
}

/**
 * Everything `dh instruments build` publishes for one activity: per instrument an XLSForm
 * (all languages in one workbook), a Markdown and an HTML codebook and a DDI-Codebook XML;
 * per record type a Table Schema; and a datapackage.json listing one CSV per record type.
 */
export async function activityArtefacts(input: ActivityArtefactsInput): Promise<ActivityArtefacts> {
  const dir = input.activity.id;
  const files: ExportFile[] = [];
  const untranslated = new Map<string, Set<string>>(input.languages.map((l) => [l, new Set<string>()]));
  const xlsformProblems: Record<string, readonly XlsformProblem[]> = {};
  const recordTypes = input.built.recordTypes ?? input.built.instruments.flatMap((instrument: Instrument) => recordTypesOf(instrument));
  for (const instrument of input.built.instruments) {
    const own = { recordTypes: recordTypes.filter((r) => r.instrumentId === instrument.id) };
    const form = buildXlsform(instrument, { languages: input.languages, ...(input.translations && { translations: input.translations }) });
    const problems = checkXlsformSheets(form.workbook);
    if (problems.length > 0) xlsformProblems[instrument.id] = problems;
    for (const [language, keys] of Object.entries(form.untranslated)) keys.forEach((k) => untranslated.get(language)?.add(k));
    files.push(
      { path: `${dir}/xlsform/${instrument.id}.xlsx`, content: await writeXlsform(form.workbook) },
      { path: `${dir}/codebook/${instrument.id}.md`, content: markdownCodebook(instrument, own) },
      { path: `${dir}/codebook/${instrument.id}.html`, content: htmlCodebook(instrument, own) },
      { path: `${dir}/ddi/${instrument.id}.xml`, content: ddiCodebook(instrument, { ...own, ...(input.studyTitle !== undefined && { studyTitle: input.studyTitle }) }) },
    );
  }
  files.push(...tableFiles(input, recordTypes, dir));
  return {
    files,
    untranslated: Object.fromEntries([...untranslated].map(([language, keys]) => [language, [...keys].sort()])),
    xlsformProblems,
  };
}

function tableFiles(input: ActivityArtefactsInput, recordTypes: readonly RecordType[], dir: string): ExportFile[] {
  const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
  const schemas = recordTypes.map((recordType) => ({
    recordType,
    path: `tableschema/${recordType.name}.json`,
    schema: tableSchema(recordType, input.built.links),
  }));
  const descriptor = dataPackage({
    name: input.activity.id,
    title: input.activity.title,
    description: `${input.activity.title}: the partner data, one CSV file per record type, each described by its Table Schema.`,
    version: input.activity.version,
    resources: schemas.map(({ recordType, path }) => ({
      name: recordType.name,
      path: `data/${recordType.name}.csv`,
      schema: path,
      title: recordType.title.en,
      instrument: `${recordType.instrumentId}@${recordType.instrumentVersion}`,
    })),
  });
  return [...schemas.map(({ path, schema }) => ({ path: `${dir}/${path}`, content: json(schema) })), { path: `${dir}/datapackage.json`, content: json(descriptor) }];
}
