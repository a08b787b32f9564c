/**
 * The kinds of source the law-enforcement data request goes to (docs/methodology.md §
 * law-enforcement-data): each is a sheet of the workbook and a `source_type` code.
 */
export const SOURCE_TYPES = [
  ['police', 'National police and specialised units'],
  ['justice', 'Prosecution services and courts'],
  ['ncmec', 'NCMEC CyberTipline (National Center for Missing & Exploited Children)'],
  ['interpol', 'INTERPOL International Child Sexual Exploitation (ICSE) database'],
] as const satisfies readonly (readonly [string, string])[];
