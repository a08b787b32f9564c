import type { EstimateRow, IndicatorResult } from '../results/results-schema.js';
import { escapeHtml } from '@dh/core';
import { formatEstimate, formatValue } from './number-format.js';

const WIDTH = 680;
const LABEL = 170;
const VALUE = 120;
const ROW = 24;
const TOP = 8;
const AXIS = 22;

/** A scale end that reads well: 1, 2, 2.5 or 5 × a power of ten, at or above `max`. */
function niceMax(max: number, estimator: IndicatorResult['estimator']): number {
  if (!(max > 0)) return 1;
  if (estimator === 'proportion' && max > 0.5) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= max) ?? 10;
  return step * power;
}

/**
 * A horizontal bar chart of one disaggregation (and the overall estimate), with the
 * confidence interval as a whisker. Suppressed levels have no bar and say why; less
 * reliable ones are drawn pale and printed in parentheses. Plain SVG, no script, no fonts
 * from outside.
 */
export function barChartSvg(
  caption: string,
  rows: readonly EstimateRow[],
  estimator: IndicatorResult['estimator'],
  /** Rows whose values set the scale: all panels of one indicator share it, so bars compare across panels. */
  scaleRows: readonly EstimateRow[] = rows,
): string {
  const plot = WIDTH - LABEL - VALUE;
  const top = Math.max(0, ...scaleRows.flatMap((r) => [r.estimate ?? 0, r.ciHigh ?? 0]));
  const max = niceMax(top, estimator);
  const x = (v: number): number => LABEL + (Math.min(Math.max(v, 0), max) / max) * plot;
  const height = TOP + rows.length * ROW + AXIS;
  const parts: string[] = [];
  rows.forEach((row, i) => {
    const y = TOP + i * ROW;
    const mid = y + ROW / 2;
    parts.push(`<text x="${LABEL - 8}" y="${mid + 4}" text-anchor="end" class="label">${escapeHtml(row.levelLabel)}</text>`);
    if (row.estimate === null) {
      const why = row.flags.includes('suppressed') ? '* suppressed (too few cases)' : 'no estimate';
      parts.push(`<text x="${LABEL + 4}" y="${mid + 4}" class="withheld">${escapeHtml(why)}</text>`);
      return;
    }
    const pale = row.flags.includes('low-reliability') ? ' pale' : '';
    parts.push(
      `<rect x="${LABEL}" y="${y + 4}" width="${(x(row.estimate) - LABEL).toFixed(1)}" height="${ROW - 8}" class="bar${pale}"><title>${escapeHtml(`${row.levelLabel}: ${formatEstimate(row, estimator)}`)}</title></rect>`,
    );
    if (row.ciLow !== null && row.ciHigh !== null) {
      const [a, b] = [x(row.ciLow).toFixed(1), x(row.ciHigh).toFixed(1)];
      parts.push(`<path d="M${a},${mid}H${b}M${a},${mid - 5}V${mid + 5}M${b},${mid - 5}V${mid + 5}" class="whisker"/>`);
    }
    parts.push(`<text x="${WIDTH - VALUE + 8}" y="${mid + 4}" class="value">${escapeHtml(formatEstimate(row, estimator))}</text>`);
  });
  const axisY = TOP + rows.length * ROW;
  parts.push(`<path d="M${LABEL},${TOP}V${axisY}H${LABEL + plot}" class="axis"/>`);
  for (const t of [0, 0.5, 1]) {
    parts.push(
      `<text x="${(LABEL + t * plot).toFixed(1)}" y="${axisY + 15}" text-anchor="middle" class="tick">${escapeHtml(formatValue(t * max, estimator))}</text>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(caption)}"><title>${escapeHtml(caption)}</title>${parts.join('')}</svg>`;
}
