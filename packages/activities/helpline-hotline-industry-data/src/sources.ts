/**
 * The kinds of source outside law enforcement the data request goes to (docs/methodology.md §
 * helpline-hotline-industry-data): each is a sheet of the workbook and a `source_type` code.
 */
export const SOURCE_TYPES = [
  ['helpline', 'Child helplines'],
  ['hotline', 'Hotlines for reporting child sexual abuse material online'],
  ['industry', "Technology companies' transparency reports"],
] as const satisfies readonly (readonly [string, string])[];
