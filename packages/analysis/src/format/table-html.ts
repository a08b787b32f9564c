import type { TableAxisEntry, TableCell, TableResult } from '../results/results-schema.js';
import { escapeHtml as e } from '@dh/core';
import { anchor } from './html-text.js';
import { formatCount } from './number-format.js';
import { trendChartSvg } from './trend-chart-svg.js';

const cellAt = (table: TableResult, row: string, column: string): TableCell | undefined =>
  table.cells.find((c) => c.row === row && c.column === column);

/** A number as the row's kind reads: counts whole, rates to one decimal, changes as signed percentages, ratios to two decimals. */
export function formatTableValue(cell: TableCell | undefined, kind: TableAxisEntry['kind']): string {
  if (!cell) return '';
  if (cell.flags.includes('suppressed')) return '*';
  if (cell.text !== null) return cell.text;
  if (cell.value === null) return cell.notes.some((n) => n.startsWith('Not available')) ? 'n/a' : '–';
  switch (kind) {
    case 'rate':
      return formatCount(cell.value, 1);
    case 'change':
      return `${cell.value > 0 ? '+' : ''}${formatCount(cell.value, 0)}%`;
    case 'ratio':
      return formatCount(cell.value, 2);
    default:
      return formatCount(cell.value);
  }
}

/**
 * A table of any output kind as the national report shows it: the renderer is chosen by the
 * kind (count table, status table, time series), never by the activity.
 */
export function tableArticle(table: TableResult): string {
  const head = [
    `<article id="${anchor(table.activity, table.id)}"><h3>${e(table.title)}</h3>`,
    `<p class="definition">${e(table.definition)}</p>`,
    `<p class="muted">Contract ${e(table.version)}${table.unit ? `; counting ${e(table.unit)}` : ''}.</p>`,
    table.caveat ? `<p class="notice">${e(table.caveat)}</p>` : '',
  ].join('');
  if (table.status === 'not-computed') return `${head}<p class="error">Not computed: ${e(table.reason ?? '')}</p></article>`;
  const body =
    table.outputKind === 'status-table'
      ? statusTableHtml(table)
      : table.outputKind === 'time-series'
        ? timeSeriesHtml(table)
        : countTableHtml(table);
  const sources = table.sources.length > 0 ? `<p class="muted">Sources: ${e(table.sources.join('; '))}.</p>` : '';
  return `${head}${body}${sources}</article>`;
}

function countTableHtml(table: TableResult): string {
  const header = `<tr><th scope="col">${e(table.rowsTitle)}</th>${table.columns.map((c) => `<th scope="col" class="num">${e(c.label)}</th>`).join('')}</tr>`;
  const rows = table.rows.map((r) => {
    const cells = table.columns.map((c) => {
      const cell = cellAt(table, r.code, c.code);
      return `<td class="num"${cell?.notes.length ? ` title="${e(cell.notes.join(' '))}"` : ''}>${e(formatTableValue(cell, r.kind === 'rate' ? 'rate' : 'count'))}</td>`;
    });
    const label = r.kind === 'total' ? `<th scope="row">${e(r.label)}</th>` : `<td>${e(r.label)}</td>`;
    return `<tr${r.kind === 'total' ? ' class="total"' : ''}>${label}${cells.join('')}</tr>`;
  });
  const caption = table.columnsTitle
    ? `<caption>${e(`${table.title}: ${table.rowsTitle} by ${table.columnsTitle.toLowerCase()}`)}</caption>`
    : `<caption>${e(table.title)}</caption>`;
  return `<table>${caption}<thead>${header}</thead><tbody>${rows.join('')}</tbody></table>`;
}

/** Status in words and as a mark, so colour is never the only sign. */
const STATUS_MARK: Readonly<Record<string, string>> = { yes: '●', partial: '◐', no: '○', unclear: '?' };

function statusTableHtml(table: TableResult): string {
  const header = `<tr><th scope="col">${e(table.rowsTitle)}</th>${table.columns.map((c) => `<th scope="col">${e(c.label)}</th>`).join('')}</tr>`;
  const rows = table.rows.map((r) => {
    const cells = table.columns.map((c) => {
      const cell = cellAt(table, r.code, c.code);
      if (c.kind !== 'status') return `<td>${e(cell?.text ?? '')}</td>`;
      const code = cell?.code ?? 'none';
      return `<td class="status status-${e(code.replace(/[^a-z_-]/g, ''))}">${e(`${STATUS_MARK[code] ?? '–'} ${cell?.text ?? ''}`)}</td>`;
    });
    return `<tr><td>${e(r.label)}</td>${cells.join('')}</tr>`;
  });
  return `<table><caption>${e(table.title)}</caption><thead>${header}</thead><tbody>${rows.join('')}</tbody></table>`;
}

function timeSeriesHtml(table: TableResult): string {
  const header = `<tr><th scope="col">${e(table.rowsTitle)}</th>${table.columns.map((c) => `<th scope="col" class="num">${e(c.label)}</th>`).join('')}</tr>`;
  const rows = table.rows.map((r) => {
    const cells = table.columns.map((c) => {
      const cell = cellAt(table, r.code, c.code);
      return `<td class="num"${cell?.notes.length ? ` title="${e(cell.notes.join(' '))}"` : ''}>${e(formatTableValue(cell, r.kind))}</td>`;
    });
    return `<tr><td>${e(r.label)}</td>${cells.join('')}</tr>`;
  });
  const counts = table.rows.filter((r) => r.kind === 'count');
  const chart = trendChartSvg(
    `${table.title}: counts per year`,
    table.columns.map((c) => c.label),
    counts.map((r) => ({ label: r.label, values: table.columns.map((c) => cellAt(table, r.code, c.code)?.value ?? null) })),
  );
  return `<table><caption>${e(table.title)}</caption><thead>${header}</thead><tbody>${rows.join('')}</tbody></table>${chart}`;
}
