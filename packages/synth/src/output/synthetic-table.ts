/** One record type's synthetic data as text cells: what its CSV file holds. */
export interface SyntheticTable {
  readonly recordType: string;
  /** `<record type>.csv`. */
  readonly file: string;
  readonly header: string[];
  readonly rows: string[][];
}

/** Cells holding a delimiter, a quote or a line break are quoted (RFC 4180). */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV text: header of variable names, select_multiple codes space-separated, empty where there is no answer. */
export function tableToCsv(table: SyntheticTable): string {
  const lines = [table.header.map(cell).join(',')];
  for (const row of table.rows) lines.push(row.map(cell).join(','));
  return `${lines.join('\n')}\n`;
}
