import type { Comparison, ComparisonCell, ComparisonMatrix, ComparisonRow } from '../compare/comparison-schema.js';
import { htmlPage } from './html-page.js';
import { escapeHtml as e } from '@dh/core';
import { formatValue } from './number-format.js';

/** Each distinct country-level refusal that a shown cell would repeat, once, numbered, so cells can point to it. */
function refusalNotes(comparison: Comparison, shownColumns: ReadonlySet<number>): Map<string, number> {
  const used = new Set<string>();
  for (const row of comparison.rows)
    row.cells.forEach((cell, index) => {
      if (shownColumns.has(index) && !cell.comparable && cell.reason !== null) used.add(cell.reason);
    });
  for (const matrix of comparison.matrices) for (const cell of matrix.cells) if (!cell.comparable && cell.reason) used.add(cell.reason);
  const notes = new Map<string, number>();
  for (const country of comparison.countries)
    for (const a of country.activities)
      if (a.refusal !== null && used.has(a.refusal) && !notes.has(a.refusal)) notes.set(a.refusal, notes.size + 1);
  return notes;
}

function cellHtml(cell: ComparisonCell, estimator: ComparisonRow['estimator'], notes: ReadonlyMap<string, number>): string {
  if (!cell.comparable) {
    const note = cell.reason === null ? undefined : notes.get(cell.reason);
    if (note !== undefined) return `<td class="muted">not comparable (note ${note})</td>`;
    return `<td class="muted">not comparable<br><small>${e(cell.reason ?? '')}</small></td>`;
  }
  if (cell.flags.includes('suppressed')) return '<td class="num" title="suppressed: too few cases">*</td>';
  if (cell.estimate === null) return '<td class="num">–</td>';
  const value = formatValue(cell.estimate, estimator);
  const shown = cell.flags.includes('low-reliability') ? `(${value})` : value;
  const ci =
    cell.ciLow !== null && cell.ciHigh !== null
      ? `<br><small class="nowrap">${e(formatValue(cell.ciLow, estimator))} – ${e(formatValue(cell.ciHigh, estimator))}</small>`
      : '';
  const harmonised = cell.harmonised !== undefined ? `<br><small title="${e(cell.harmonised)}">harmonised</small>` : '';
  return `<td class="num">${e(shown)}${ci}${harmonised}</td>`;
}

const STATUS_MARK: Readonly<Record<string, string>> = { yes: '●', partial: '◐', no: '○', unclear: '?' };

function matrixHtml(matrix: ComparisonMatrix, comparison: Comparison, notes: ReadonlyMap<string, number>): string {
  const versionOf = (country: string): string => {
    const version = matrix.cells.find((c) => c.country === country)?.version;
    return version ? `<br><small>${e(`version ${version}`)}</small>` : '';
  };
  const head = `<tr><th scope="col">Item</th>${comparison.countries.map((c) => `<th scope="col">${e(`${c.name} (${c.country})`)}${versionOf(c.country)}</th>`).join('')}</tr>`;
  const rows = matrix.items.map((item) => {
    const cells = comparison.countries.map((country) => {
      const cell = matrix.cells.find((c) => c.item === item.code && c.country === country.country);
      if (!cell || !cell.comparable) {
        const note = cell?.reason ? notes.get(cell.reason) : undefined;
        return `<td class="muted">${note !== undefined ? `not comparable (note ${note})` : `not comparable<br><small>${e(cell?.reason ?? '')}</small>`}</td>`;
      }
      const code = cell.status ?? 'none';
      const detail = cell.detail ? `<br><small>${e(cell.detail)}</small>` : '';
      return `<td class="status status-${e(code.replace(/[^a-z_-]/g, ''))}">${e(`${STATUS_MARK[code] ?? '–'} ${cell.text ?? 'not reviewed'}`)}${detail}</td>`;
    });
    return `<tr><td>${e(item.label)}</td>${cells.join('')}</tr>`;
  });
  return `<h2>${e(matrix.title)}</h2><table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * The cross-country table as one offline page. A country that is comparable nowhere gets no
 * column: it is named once, with the reason, above the table; other refusals are numbered
 * notes the cells point to. Rows are grouped under their indicator.
 */
export function comparisonHtml(comparison: Comparison): string {
  const title = `Disrupting Harm: ${comparison.countries.map((c) => c.name).join(', ')} side by side`;
  const columns = comparison.countries
    .map((country, index) => ({ country, index }))
    .filter(({ index }) => index === 0 || comparison.rows.some((r) => r.cells[index]?.comparable === true));
  const hidden = comparison.countries.filter((_c, index) => !columns.some((c) => c.index === index));
  const notes = refusalNotes(comparison, new Set(columns.map((c) => c.index)));
  const head = `<tr><th scope="col">Group</th>${columns.map(({ country: c }) => `<th scope="col" class="num">${e(`${c.name} (${c.country})`)}</th>`).join('')}</tr>`;
  const body: string[] = [];
  let indicator: string | undefined;
  for (const row of comparison.rows) {
    if (row.indicator !== indicator) {
      indicator = row.indicator;
      body.push(`<tr class="indicator"><th scope="rowgroup" colspan="${columns.length + 1}">${e(row.title)}</th></tr>`);
    }
    const group = row.disaggregation === null ? 'All' : `${row.disaggregationTitle ?? row.disaggregation}: ${row.levelLabel}`;
    const cells = columns.map(({ index }) => {
      const cell = row.cells[index];
      return cell ? cellHtml(cell, row.estimator, notes) : '<td></td>';
    });
    body.push(`<tr><td>${e(group)}</td>${cells.join('')}</tr>`);
  }
  const countries = comparison.countries.map((c) => {
    const activities = c.activities.map(
      (a) => `${a.id} ${a.instrumentVersion}${a.parameters.map((p) => `, ${p.title.toLowerCase()} ${p.value}`).join('')}`,
    );
    const harmonised = c.activities.flatMap((a) => (a.harmonised === undefined ? [] : [`${a.id}: ${a.harmonised}`]));
    return `<li>${e(`${c.name} (${c.country})${c.synthetic ? ', synthetic data' : ''}: ${activities.join('; ')}`)}${harmonised.map((h) => `<br><strong>${e(h)}</strong>`).join('')}</li>`;
  });
  const notShown = hidden.map((c) => {
    const reasons = [...new Set(c.activities.flatMap((a) => (a.refusal === null ? [] : [a.refusal])))];
    return `<li><strong>${e(`${c.name} (${c.country})`)}</strong>: ${e(reasons.join(' ') || 'comparable with the reference in no indicator.')}</li>`;
  });
  const noteList = [...notes].map(([reason, n]) => `<li value="${n}">${e(reason)}</li>`);
  const text = [
    `<h1>${e(title)}</h1>`,
    `<p>Countries are shown side by side only where the contracts say they are comparable with ${e(comparison.reference)} (the reference): the same instrument major version (for a checklist, provision by provision: a provision whose definition did not change between two major versions is still compared) and the same values of the parameters each activity declares (for the household survey: ages and internet-user definition). Every other cell says why not. <strong>*</strong> suppressed (too few cases); <strong>( )</strong> less reliable.</p>`,
    `<ul>${countries.join('')}</ul>`,
    notShown.length > 0 ? `<h2>Not shown</h2><ul class="not-shown">${notShown.join('')}</ul>` : '',
    noteList.length > 0 ? `<h2>Notes</h2><ol>${noteList.join('')}</ol>` : '',
    comparison.rows.length > 0 ? `<table class="comparison"><thead>${head}</thead><tbody>${body.join('')}</tbody></table>` : '',
    ...comparison.matrices.map((m) => matrixHtml(m, comparison, notes)),
  ];
  return htmlPage(title, text.join('\n'));
}
