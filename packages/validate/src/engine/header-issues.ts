import { suggestedField, type ColumnMap } from '../columns/column-map.js';
import type { FileContext } from '../rows/record-checker.js';

/** Issues about the header row alone: columns missing, unknown, repeated or holding personal data. */
export function reportHeaderIssues(map: ColumnMap, context: FileContext, headerRow: number | undefined): void {
  const { sink, file, fileIndex } = context;
  const record = map.recordType.name;
  const at = headerRow === undefined ? {} : { row: headerRow };
  for (const index of map.missing) {
    const field = map.recordType.fields[index];
    if (field) sink.add({ code: 'missing-column', file, record, ...at, field: field.name }, fileIndex);
  }
  for (const extra of map.extra) {
    if (extra.identifierKind !== undefined) {
      sink.add(
        { code: 'personal-identifier-column', file, record, ...at, field: extra.name, params: { kind: extra.identifierKind } },
        fileIndex,
      );
    } else {
      if (!sink.count('extra-column', undefined, fileIndex)) continue;
      const near = suggestedField(extra.name, map.recordType);
      sink.keep({
        code: 'extra-column',
        file,
        record,
        ...at,
        field: extra.name,
        params: { suggestion: near !== undefined ? `; did you mean "${near}"?` : '' },
      });
    }
  }
  for (const duplicate of map.duplicates) {
    const first = map.header[duplicate.firstColumn] ?? duplicate.name;
    const detail = first === duplicate.name ? '' : ` (as "${first}")`;
    sink.add(
      {
        code: 'duplicate-column',
        file,
        record,
        ...at,
        field: duplicate.name,
        params: {
          hint: `Columns ${duplicate.firstColumn + 1}${detail} and ${duplicate.column + 1} hold the same variable; only column ${duplicate.firstColumn + 1} is checked. Rename or remove the repeated column.`,
        },
      },
      fileIndex,
    );
  }
}
