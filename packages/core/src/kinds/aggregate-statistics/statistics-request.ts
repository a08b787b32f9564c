import type { DataRequest } from '../../instrument/data-request.js';
import type { Text } from '../../instrument/types.js';
import type { RecordType } from '../../records/record-type.js';
import { NOT_AVAILABLE, TOTAL, type StatisticsDeclaration } from './declaration.js';
import { parsePeriod } from './periods.js';
import { FIGURE_FIELDS, figureLists } from './reported-figure.js';

/**
 * The data-request workbook of a declaration (docs/methodology.md § law-enforcement-data and
 * helpline-hotline-industry-data): what a research team sends to each kind of source, one
 * sheet per source type with its measures as rows and `periods` as columns, every measure
 * with its unit, definition and caveat. Its `fields` name the record type's fields, so a
 * filled workbook reads back into one figure per cell. Texts are keyed under the request id.
 */
export function statisticsRequest(declaration: StatisticsDeclaration, periods: readonly string[]): DataRequest {
  const id = declaration.request.id;
  const t = (key: string, en: string): Text => ({ key: `${id}.${key}`, en });
  const lists = figureLists(declaration);
  return {
    kind: 'data-request',
    id,
    title: t('title', declaration.request.title),
    version: declaration.version,
    instructions: declaration.request.instructions.map(([pid, en]) => ({ id: pid, text: t(`instructions.${pid}`, en) })),
    sheets: declaration.sourceTypes
      .map(([code, title]) => ({
        id: code,
        title: t(`sheets.${code}`, title),
        sourceType: code,
        measures: declaration.measures.filter((m) => m.sourceType === code).map((m) => m.id),
      }))
      .filter((sheet) => sheet.measures.length > 0),
    measures: declaration.measures.map((m) => ({
      id: m.id,
      label: t(`measures.${m.id}.label`, m.label),
      unit: t(`measures.${m.id}.unit`, m.unit),
      definition: t(`measures.${m.id}.definition`, m.definition),
      caveat: t(`measures.${m.id}.caveat`, m.caveat),
      ...(m.categoryList !== undefined && { categoryList: m.categoryList }),
      breakdownLists: m.breakdownLists,
    })),
    periods,
    choiceLists: [...lists.categoryLists, ...lists.breakdownLists],
    recordType: declaration.recordType.name,
    fields: FIGURE_FIELDS,
    notAvailable: NOT_AVAILABLE,
    total: TOTAL,
  };
}

/**
 * What in a data request would not read back into its record type: a field it names that
 * the record type lacks, a measure, source type, category or breakdown code the record
 * type would reject, periods it could not hold, a not-available code its value cannot
 * take. Empty when every filled cell of the workbook can become a valid record.
 */
export function checkDataRequest(request: DataRequest, recordType: RecordType): string[] {
  const problems: string[] = [];
  if (request.recordType !== recordType.name)
    problems.push(`the request fills record type "${request.recordType}", not "${recordType.name}"`);
  const field = (name: string) => recordType.fields.find((f) => f.name === name);
  for (const [part, name] of Object.entries(request.fields))
    if (!field(name)) problems.push(`the request puts its ${part} in "${name}", which is not a field of ${recordType.name}`);
  const codes = (name: string): Set<string> | undefined => {
    const f = field(name);
    return f?.codes ? new Set(f.codes.map((c) => c.code)) : undefined;
  };
  const expectCodes = (fieldName: string, wanted: readonly string[], what: string): void => {
    const known = codes(fieldName);
    if (!known) {
      if (field(fieldName)) problems.push(`field "${fieldName}" holds no codes, so it cannot hold ${what}`);
      return;
    }
    for (const code of wanted) if (!known.has(code)) problems.push(`${what} "${code}" is not a code of field "${fieldName}"`);
  };
  const measureIds = request.measures.map((m) => m.id);
  expectCodes(request.fields.measure, measureIds, 'measure');
  const measureCodes = codes(request.fields.measure);
  for (const code of measureCodes ?? []) if (!measureIds.includes(code)) problems.push(`measure code "${code}" is asked on no sheet`);
  expectCodes(
    request.fields.sourceType,
    request.sheets.map((s) => s.sourceType),
    'source type',
  );
  for (const sheet of request.sheets)
    for (const id of sheet.measures)
      if (!measureIds.includes(id)) problems.push(`sheet "${sheet.id}" asks for "${id}", which is not a measure`);
  const unasked = measureIds.filter((id) => !request.sheets.some((s) => s.measures.includes(id)));
  for (const id of unasked) problems.push(`measure "${id}" is on no sheet`);
  const listCodes = (name: string): string[] => {
    const list = request.choiceLists.find((l) => l.name === name);
    if (!list) problems.push(`list "${name}" is named by a measure but not among the request's lists`);
    return list?.choices.map((c) => c.code) ?? [];
  };
  expectCodes(
    request.fields.category,
    [request.total, ...request.measures.flatMap((m) => (m.categoryList ? listCodes(m.categoryList) : []))],
    'category',
  );
  expectCodes(
    request.fields.breakdown,
    [request.total, ...request.measures.flatMap((m) => m.breakdownLists.flatMap(listCodes))],
    'breakdown',
  );
  for (const period of request.periods) {
    const periodField = field(request.fields.period);
    if (parsePeriod(period) === undefined || (periodField?.pattern && !new RegExp(periodField.pattern.regex).test(period)))
      problems.push(`period "${period}" is not one the record type can hold (2021, 2021-Q3 or 2021-07)`);
  }
  const value = field(request.fields.value)?.pattern;
  if (value) {
    const pattern = new RegExp(value.regex);
    if (!pattern.test(request.notAvailable)) problems.push(`the value field cannot hold the not-available code "${request.notAvailable}"`);
    if (!pattern.test('0')) problems.push('the value field cannot hold 0');
    if (pattern.test('')) problems.push('the value field takes an empty cell as a value, so a missing figure would pass');
  }
  if (request.notAvailable === '0') problems.push('the not-available code is 0, which cannot be told from a count of zero');
  return [...new Set(problems)];
}
