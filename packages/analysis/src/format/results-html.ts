import type { AnalysisResults, EstimateRow, ExcerptResult, IndicatorResult } from '../results/results-schema.js';
import { barChartSvg } from './bar-chart-svg.js';
import { htmlPage } from './html-page.js';
import { escapeHtml as e } from '@dh/core';
import { anchor } from './html-text.js';
import { formatCount, formatEstimate, formatInterval } from './number-format.js';
import { tableArticle } from './table-html.js';

/** The national report: one offline HTML page of every indicator's table and charts. */
export function resultsHtml(results: AnalysisResults): string {
  const { assessment } = results;
  const title = `Disrupting Harm in ${assessment.name}: national results`;
  const body = [
    `<header><h1>${e(title)}</h1>`,
    assessment.synthetic
      ? '<p class="notice"><strong>Fictional country, synthetic data.</strong> Nothing here describes a real country or real children.</p>'
      : '',
    summary(results),
    legend(results),
    '</header>',
    contents(results),
    '<main>',
    ...results.activities.map((activity) => activitySection(results, activity.id)),
    problemsSection(results),
    '</main>',
    `<footer class="muted"><p>${e(results.estimation.variance)} Confidence level ${results.estimation.confidenceLevel * 100}%. Computed with ${e(results.assessment.config)}. Produced by dh analyze; aggregates only.</p></footer>`,
  ];
  return htmlPage(title, body.join('\n'));
}

function summary(results: AnalysisResults): string {
  const { assessment } = results;
  const items: [string, string][] = [['Country', `${assessment.name} (${assessment.country})`]];
  items.push([
    'Fieldwork',
    assessment.fieldwork ? `${assessment.fieldwork.start} to ${assessment.fieldwork.end}` : 'not recorded in assessment.json',
  ]);
  const population = assessment.population;
  if (population?.internetUsingChildren != null)
    items.push([
      'Population figures',
      `${formatCount(population.internetUsingChildren)} internet-using children (${population.year}; ${population.source})`,
    ]);
  for (const a of results.activities) {
    const parameters = a.parameters.map((p) => `${p.title.toLowerCase()} ${p.value}`).join('; ');
    items.push([
      a.title,
      `instrument ${a.pinnedVersion ?? 'not pinned'}; contracts from ${a.id} ${a.packageVersion}${parameters ? `; ${parameters}` : ''}`,
    ]);
  }
  if (results.thresholds.override !== null)
    items.push(['Reporting thresholds', `below the usual floors, by override: ${results.thresholds.override}`]);
  return `<dl>${items.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`;
}

function legend(results: AnalysisResults): string {
  const t = results.thresholds;
  return `<p class="muted">Reading the tables: <strong>*</strong> suppressed, fewer than ${t.suppressBelow} unweighted cases (or a count under ${t.qualitativeSuppressBelow}); <strong>( )</strong> less reliable, ${t.suppressBelow}–${t.flagBelow - 1} cases; <strong>†</strong> unweighted, not representative of a population. Intervals are ${results.estimation.confidenceLevel * 100}% confidence intervals; bars show them as whiskers.</p>`;
}

function contents(results: AnalysisResults): string {
  const entries = [
    ...results.indicators.map((i) => ({ activity: i.activity, id: i.id, title: i.title, computed: i.status === 'estimated' })),
    ...results.tables.map((t) => ({ activity: t.activity, id: t.id, title: t.title, computed: t.status === 'computed' })),
  ];
  const items = entries.map(
    (i) =>
      `<li><a href="#${anchor(i.activity, i.id)}">${e(i.title)}</a>${i.computed ? '' : ' <span class="muted">(not computed)</span>'}</li>`,
  );
  return `<nav><h2>Contents</h2><ol>${items.join('')}</ol></nav>`;
}

function activitySection(results: AnalysisResults, activityId: string): string {
  const activity = results.activities.find((a) => a.id === activityId);
  const indicators = results.indicators.filter((i) => i.activity === activityId);
  const tables = results.tables.filter((t) => t.activity === activityId);
  const excerpts = (results.excerpts ?? []).filter((x) => x.activity === activityId);
  return `<section><h2>${e(activity?.title ?? activityId)}</h2>${indicators.map((i) => indicatorArticle(results, i)).join('\n')}${tables.map(tableArticle).join('\n')}${excerptsArticle(excerpts)}</section>`;
}

/** Excerpts by theme, only where the research lead asked for them (dh analyze --excerpts). */
function excerptsArticle(excerpts: readonly ExcerptResult[]): string {
  if (excerpts.length === 0) return '';
  const themes = [...new Set(excerpts.map((x) => x.theme))];
  const byTheme = themes.map((theme) => {
    const of = excerpts.filter((x) => x.theme === theme);
    return `<h4>${e(of[0]?.themeLabel ?? theme)}</h4>${of.map((x) => `<blockquote>${e(x.text)}</blockquote>`).join('')}`;
  });
  return `<article><h3>Excerpts</h3><p class="notice">Published at the research lead's request (dh analyze --excerpts): short excerpts in which the identifier scan found nothing, only for themes whose count of interviews is shown. No interview or respondent is named.</p>${byTheme.join('')}</article>`;
}

function indicatorArticle(results: AnalysisResults, indicator: IndicatorResult): string {
  const head = [
    `<article id="${anchor(indicator.activity, indicator.id)}"><h3>${e(indicator.title)}</h3>`,
    `<p class="definition">${e(indicator.definition)}</p>`,
    `<p class="muted">${e(indicator.estimator)}, ${indicator.weighted ? 'weighted' : 'unweighted'}; recall: ${e(indicator.recallPeriod)}. Missing answers: ${e(indicator.missing.note)} Contract ${e(indicator.version)}${indicator.derivedVariables.map((d) => `; ${e(d.name)} ${e(d.version)}`).join('')}.</p>`,
    indicator.caveat ? `<p class="notice">${e(indicator.caveat)}</p>` : '',
  ];
  if (indicator.status === 'not-computed')
    return `${head.join('')}<p class="error">Not computed: ${e(indicator.reason ?? '')}</p></article>`;
  const rows = results.estimates.filter((r) => r.activity === indicator.activity && r.indicator === indicator.id);
  const overall = rows.filter((r) => r.disaggregation === null);
  const interval = `${results.estimation.confidenceLevel * 100}% confidence interval`;
  const charts = indicator.disaggregations.map((id) => {
    const level = rows.filter((r) => r.disaggregation === id);
    const title = results.disaggregations.find((d) => d.activity === indicator.activity && d.id === id)?.title ?? id;
    if (level.length === 0) return '';
    // A chart copied out of the report keeps its caveat (a purposive sample's, say) in its title.
    const caveat = indicator.caveat ? ` ${indicator.caveat}` : '';
    const caption = `${indicator.title}, by ${title.toLowerCase()}`;
    return `<figure>${barChartSvg(`${caption}.${caveat}`, [...overall, ...level], indicator.estimator, rows)}<figcaption>${e(caption)}.${e(caveat)} Bars: estimates; whiskers: ${interval}; pale bars: less reliable; *: suppressed. Every panel of this indicator has the same scale.</figcaption></figure>`;
  });
  return `${head.join('')}${estimateTable(results, indicator, rows)}${charts.join('')}</article>`;
}

function estimateTable(results: AnalysisResults, indicator: IndicatorResult, rows: readonly EstimateRow[]): string {
  const national = rows.some((r) => r.nationalCount !== null);
  const disaggregationTitle = (id: string | null): string =>
    id === null ? 'All' : (results.disaggregations.find((d) => d.activity === indicator.activity && d.id === id)?.title ?? id);
  const header = [
    'Group',
    'Level',
    'Estimate',
    `${results.estimation.confidenceLevel * 100}% CI`,
    'n',
    indicator.weighted ? 'Weighted N' : '',
    indicator.weighted ? 'Deff' : '',
    national ? 'National count' : '',
  ]
    .map((h, i) => (h === '' ? '' : `<th${i >= 2 ? ' class="num"' : ''}>${e(h)}</th>`))
    .join('');
  const body = rows.map((r) => {
    const dagger = r.flags.includes('not-representative') ? ' †' : '';
    const cells = [
      `<td>${e(disaggregationTitle(r.disaggregation))}</td>`,
      `<td class="level">${e(r.levelLabel)}</td>`,
      `<td class="num" title="${e(r.notes.join(' '))}">${e(formatEstimate(r, indicator.estimator) + dagger)}</td>`,
      `<td class="num">${e(formatInterval(r, indicator.estimator))}</td>`,
      `<td class="num">${e(formatCount(r.n))}</td>`,
      indicator.weighted ? `<td class="num">${e(formatCount(r.weightedN))}</td>` : '',
      indicator.weighted ? `<td class="num">${e(formatCount(r.deff, 2))}</td>` : '',
      national
        ? `<td class="num">${e(r.nationalCount === null ? '' : `${formatCount(r.nationalCount)} (${formatCount(r.nationalCountLow)} – ${formatCount(r.nationalCountHigh)})`)}</td>`
        : '',
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table><thead><tr>${header}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

function problemsSection(results: AnalysisResults): string {
  if (results.problems.length === 0) return '';
  const items = results.problems.map(
    (p) =>
      `<li class="${p.severity === 'error' ? 'error' : ''}">${e(`${p.severity}: ${p.indicator ? `${p.indicator}: ` : ''}${p.message}`)}</li>`,
  );
  return `<section><h2>Problems</h2><ul>${items.join('')}</ul></section>`;
}
