import type { Comparison, ComparisonCell, ComparisonRow } from '../compare/comparison-schema.js';
import { htmlPage } from './html-page.js';
import { escapeHtml as e } from './html-text.js';
import { formatValue } from './number-format.js';

function cellHtml(cell: ComparisonCell, estimator: ComparisonRow['estimator']): string {
  if (!cell.comparable) return `<td class="muted" title="${e(cell.reason ?? '')}">not comparable<br><small>${e(cell.reason ?? '')}</small></td>`;
  if (cell.flags.includes('suppressed')) return '<td class="num" title="suppressed: too few cases">*</td>';
  if (cell.estimate === null) return '<td class="num">–</td>';
  const value = formatValue(cell.estimate, estimator);
  const shown = cell.flags.includes('low-reliability') ? `(${value})` : value;
  const ci = cell.ciLow !== null && cell.ciHigh !== null ? `<br><small>${e(formatValue(cell.ciLow, estimator))} – ${e(formatValue(cell.ciHigh, estimator))}</small>` : '';
  return `<td class="num">${e(shown)}${ci}</td>`;
}

/** The cross-country table as one offline page; refusals are spelled out in their cells. */
export function comparisonHtml(comparison: Comparison): string {
  const title = `Disrupting Harm: ${comparison.countries.map((c) => c.name).join(', ')} side by side`;
  const head = `<tr><th>Indicator</th><th>Level</th>${comparison.countries.map((c) => `<th class="num">${e(`${c.name} (${c.country})`)}</th>`).join('')}</tr>`;
  const body = comparison.rows.map((row) => `<tr><td>${e(row.title)}</td><td>${e(row.disaggregation === null ? 'All' : `${row.disaggregation}: ${row.levelLabel}`)}</td>${row.cells.map((c) => cellHtml(c, row.estimator)).join('')}</tr>`);
  const populations = comparison.countries.map((c) => `<li>${e(`${c.name} (${c.country})${c.synthetic ? ', synthetic data' : ''}: ${c.ageRange ? `ages ${c.ageRange.min}–${c.ageRange.max}` : 'no survey'}${c.internetUser ? `, internet users: ${c.internetUser.definition}` : ''}; ${c.activities.map((a) => `${a.id} ${a.instrumentVersion}`).join(', ')}`)}</li>`);
  const text = [
    `<h1>${e(title)}</h1>`,
    `<p>Countries are shown side by side only where the indicator contracts say they are comparable with ${e(comparison.reference)} (the reference): the same instrument major version and, for surveys, the same age range and internet-user definition. Every other cell says why not. <strong>*</strong> suppressed (too few cases); <strong>( )</strong> less reliable.</p>`,
    `<ul>${populations.join('')}</ul>`,
    `<table><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`,
  ];
  return htmlPage(title, text.join('\n'));
}
