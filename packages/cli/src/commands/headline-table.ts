import type { AnalysisResults } from '@dh/analysis';

const percent = (value: number | null): string => (value === null ? '' : `${(100 * value).toFixed(1)}%`);

/** The overall estimate of every proportion indicator, as a plain-text table for the terminal. */
export function headlineTable(results: AnalysisResults): string {
  const titles = new Map(results.indicators.map((i) => [`${i.activity}/${i.id}`, i] as const));
  const rows = results.estimates
    .filter((e) => e.disaggregation === null && titles.get(`${e.activity}/${e.indicator}`)?.estimator === 'proportion')
    .map((e) => {
      const suppressed = e.flags.includes('suppressed');
      return [
        titles.get(`${e.activity}/${e.indicator}`)?.title ?? e.indicator,
        suppressed ? '*' : percent(e.estimate),
        suppressed || e.ciLow === null ? '' : `${percent(e.ciLow)}–${percent(e.ciHigh)}`,
        e.n === null ? '' : String(e.n),
        e.flags.join(' '),
      ];
    });
  // Each caveat of a shown indicator once, under the table (the purposive sample's, above all).
  const caveats = [
    ...new Set(
      results.estimates
        .filter((e) => e.disaggregation === null)
        .map((e) => titles.get(`${e.activity}/${e.indicator}`))
        .filter((i) => i?.estimator === 'proportion' && i.caveat)
        .map((i) => `${results.activities.find((a) => a.id === i?.activity)?.title ?? i?.activity}: ${i?.caveat}`),
    ),
  ];
  const header = ['Indicator (overall)', 'Estimate', '95% CI', 'n', 'Flags'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const { country, name } = results.assessment;
  return [
    `Headline indicators: ${name} (${country})${results.assessment.synthetic ? ', synthetic data' : ''}`,
    line(header),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...rows.map(line),
    '* suppressed: fewer unweighted cases than the reporting threshold',
    ...(results.estimates.some((e) => e.flags.includes('not-representative'))
      ? ['not-representative: an unweighted share of a purposive sample, describing the respondents only']
      : []),
    ...caveats,
  ].join('\n');
}
