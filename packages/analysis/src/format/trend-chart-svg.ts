import { escapeHtml } from '@dh/core';
import { formatCount } from './number-format.js';

const WIDTH = 680;
const HEIGHT = 260;
const LEFT = 70;
const RIGHT = 20;
const TOP = 16;
const BOTTOM = 70;
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 4'];

/**
 * Lines over periods, one per series, on one scale, each drawn with its own dash pattern
 * and named in a legend (never colour alone); a missing value breaks the line. Plain SVG.
 */
export function trendChartSvg(
  caption: string,
  periods: readonly string[],
  series: readonly { label: string; values: readonly (number | null)[] }[],
): string {
  if (periods.length === 0 || series.length === 0) return '';
  const max = Math.max(1, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const x = (i: number): number => LEFT + (periods.length === 1 ? plotW / 2 : (i / (periods.length - 1)) * plotW);
  const y = (v: number): number => TOP + plotH - (v / max) * plotH;
  const parts: string[] = [`<path d="M${LEFT},${TOP}V${TOP + plotH}H${LEFT + plotW}" class="axis"/>`];
  for (const t of [0, 0.5, 1])
    parts.push(
      `<text x="${LEFT - 6}" y="${(y(t * max) + 4).toFixed(1)}" text-anchor="end" class="tick">${escapeHtml(formatCount(t * max))}</text>`,
    );
  periods.forEach((p, i) =>
    parts.push(`<text x="${x(i).toFixed(1)}" y="${TOP + plotH + 15}" text-anchor="middle" class="tick">${escapeHtml(p)}</text>`),
  );
  series.forEach((s, k) => {
    let d = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (v === null) return void (pen = false);
      d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
      pen = true;
    });
    const dash = DASHES[k % DASHES.length] ?? '';
    parts.push(`<path d="${d}" class="line"${dash ? ` stroke-dasharray="${dash}"` : ''}><title>${escapeHtml(s.label)}</title></path>`);
    const ly = TOP + plotH + 32 + Math.floor(k / 2) * 16;
    const lx = LEFT + (k % 2) * (plotW / 2);
    parts.push(
      `<path d="M${lx},${ly - 4}h24" class="line"${dash ? ` stroke-dasharray="${dash}"` : ''}/><text x="${lx + 30}" y="${ly}" class="label">${escapeHtml(s.label)}</text>`,
    );
  });
  const height = Math.max(HEIGHT, TOP + plotH + 40 + Math.ceil(series.length / 2) * 16);
  return `<figure><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(caption)}"><title>${escapeHtml(caption)}</title>${parts.join('')}</svg><figcaption>${escapeHtml(caption)}</figcaption></figure>`;
}
