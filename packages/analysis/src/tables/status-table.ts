import { answerText, type StatusTableContract } from '@dh/core';
import { identifierInText, identifierScanOptions, maskIdentifiers } from '@dh/validate';
import { columnOf } from '../load/read-record-table.js';
import type { TableAxisEntry, TableCell, TableResult } from '../results/results-schema.js';
import { notComputed, tableShell, type TableContext } from './table-context.js';

const STATUS = 'status';

/**
 * One row per item (a provision of a checklist): its status as a label and a code, and the
 * details beside it (citation, dates, note). Items describe laws and institutions, not people:
 * nothing is withheld. An item with no record says "not reviewed".
 */
export function statusTable(contract: StatusTableContract, ctx: TableContext): TableResult {
  const table = ctx.tables.get(contract.recordType);
  if (!table) return notComputed(contract, ctx.unavailable.get(contract.recordType) ?? `no ${contract.recordType} records were read.`);
  const items = columnOf(table, contract.itemField);
  const statuses = columnOf(table, contract.statusField);
  const labels = new Map(contract.statuses.map((s) => [s.code, s.label]));
  const scan = identifierScanOptions(ctx.config.personalData);
  const rowOf = new Map<string, number>();
  for (let i = 0; i < table.size; i++) {
    const item = answerText(items[i]);
    if (item !== '' && !rowOf.has(item)) rowOf.set(item, i);
  }
  const columns: TableAxisEntry[] = [
    { code: STATUS, label: 'Status', kind: 'status' },
    ...contract.detailFields.map((d) => ({ code: d.field, label: d.title, kind: 'detail' as const })),
  ];
  const cells: TableCell[] = [];
  for (const item of contract.items) {
    const i = rowOf.get(item.code);
    const status = i === undefined ? '' : answerText(statuses[i]);
    cells.push({
      row: item.code,
      column: STATUS,
      value: null,
      text: i === undefined ? 'Not reviewed' : (labels.get(status) ?? status),
      code: i === undefined ? null : status,
      flags: [],
      notes: i === undefined ? ['No record for this item.'] : [],
    });
    for (const detail of contract.detailFields) {
      const text = i === undefined ? '' : answerText(columnOf(table, detail.field)[i]);
      // Data analysed despite errors (--allow-errors) may hold a name or a phone number in a note:
      // what is published is masked, whatever validation said.
      const found = text === '' ? undefined : identifierInText(text, scan);
      cells.push({
        row: item.code,
        column: detail.field,
        value: null,
        text: text === '' ? null : found ? maskIdentifiers(text, scan) : text,
        code: null,
        flags: [],
        notes: found ? [`Masked: the text held what may be ${found}.`] : [],
      });
    }
  }
  return {
    ...tableShell(contract),
    unit: null,
    rowsTitle: 'Item',
    columnsTitle: '',
    rows: contract.items.map((item) => ({ code: item.code, label: item.label, kind: 'category' })),
    columns,
    cells,
    sources: [],
    status: 'computed',
    reason: null,
  };
}
