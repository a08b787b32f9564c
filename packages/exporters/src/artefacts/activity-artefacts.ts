import { questionnairesOf, recordTypesOf, type BuiltActivity, type RecordType, type Translations } from '@dh/core';
import { dataPackage } from '../frictionless/data-package.js';
import { tableSchema } from '../frictionless/table-schema.js';
import type { XlsformProblem } from '../xlsform/xlsform-problem.js';
import type { ExportFile } from './export-file.js';
import { exportInstrument } from './instrument-exports.js';

export interface ActivityArtefactsInput {
  readonly activity: { readonly id: string; readonly title: string; readonly version: string };
  /** Its record types, when given, are what the data hold (with variables added after collection, such as weights). */
  readonly built: Pick<BuiltActivity, 'instruments' | 'links'> & Partial<Pick<BuiltActivity, 'recordTypes'>>;
  /** BCP 47 tags; the first is the default language. */
  readonly languages: readonly string[];
  /** Per language tag, key → text. */
  readonly translations?: Readonly<Record<string, Translations>>;
  /** For the DDI study title, e.g. "Disrupting Harm in Kenya". */
  readonly studyTitle?: string;
}

export interface ActivityArtefacts {
  /** Paths under `<activity id>/`. */
  readonly files: readonly ExportFile[];
  /** Per language, the distinct keys shown in English in at least one export. */
  readonly untranslated: Readonly<Record<string, readonly string[]>>;
  /** What the structural check found in the generated XLSForms, per instrument id; empty when all pass. */
  readonly xlsformProblems: Readonly<Record<string, readonly XlsformProblem[]>>;
}

/**
 * Everything `dh instruments build` publishes for one activity: each instrument's exports,
 * chosen by its kind (see exportInstrument); per record type a Table Schema; and a
 * datapackage.json listing one CSV per record type.
 */
export async function activityArtefacts(input: ActivityArtefactsInput): Promise<ActivityArtefacts> {
  const dir = input.activity.id;
  const files: ExportFile[] = [];
  const untranslated = new Map<string, Set<string>>(input.languages.map((l) => [l, new Set<string>()]));
  const xlsformProblems: Record<string, readonly XlsformProblem[]> = {};
  const recordTypes = input.built.recordTypes ?? questionnairesOf(input.built.instruments).flatMap(recordTypesOf);
  for (const instrument of input.built.instruments) {
    const exported = await exportInstrument({
      instrument,
      dir,
      languages: input.languages,
      recordTypes,
      ...(input.translations && { translations: input.translations }),
      ...(input.studyTitle !== undefined && { studyTitle: input.studyTitle }),
    });
    if (exported.xlsformProblems.length > 0) xlsformProblems[instrument.id] = exported.xlsformProblems;
    for (const [language, keys] of Object.entries(exported.untranslated)) keys.forEach((k) => untranslated.get(language)?.add(k));
    files.push(...exported.files);
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
  return [
    ...schemas.map(({ path, schema }) => ({ path: `${dir}/${path}`, content: json(schema) })),
    { path: `${dir}/datapackage.json`, content: json(descriptor) },
  ];
}
