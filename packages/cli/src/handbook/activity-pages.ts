import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  activityExtensionPoints,
  assessmentConfigJsonSchema,
  describeExpression,
  diffSnapshots,
  escapeHtml as e,
  instrumentTexts,
  type ActivityDefinition,
  type ActivitySnapshot,
  type AssessmentConfig,
  type BuiltActivity,
  type IndicatorContract,
  type Translations,
} from '@dh/core';
import { exportInstrument } from '@dh/exporters';
import { renderDiff } from '../versions/render-diff.js';
import { relativeLink, type HandbookPage } from './layout.js';
import { renderMarkdown } from './markdown.js';
import { schemaTable } from './schema-table.js';

/** Where an activity's pages are in the site. */
export const activityPath = (id: string): string => `activities/${id}.html`;
export const instrumentPath = (activity: string, instrument: string): string => `activities/${activity}/${instrument}.html`;
export const indicatorPath = (activity: string, indicator: string): string => `activities/${activity}/indicators/${indicator}.html`;

export interface ActivityPagesInput {
  readonly activity: ActivityDefinition;
  /** The version an assessment pins, when the handbook is built for one. */
  readonly pinned?: string;
  /** That assessment: the activity is built with its settings, lists and country questions. */
  readonly config?: AssessmentConfig;
  /** A second language shown beside English, with its translations. */
  readonly language?: { readonly tag: string; readonly translations: Translations };
  /** The package's published snapshots, oldest first, and its CHANGELOG.md, where installed. */
  readonly published: readonly ActivitySnapshot[];
  readonly changelog?: string;
  readonly working: ActivitySnapshot;
}

const facts = (rows: readonly (readonly [string, string])[]): string =>
  `<dl class="facts">${rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
const list = (items: readonly string[]): string =>
  items.length === 0 ? '<p>None.</p>' : `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
const code = (text: string): string => `<code>${e(text)}</code>`;

/** One chapter per activity, a page per instrument and per indicator: all read from the activity as built. */
export async function activityPages(input: ActivityPagesInput): Promise<HandbookPage[]> {
  const { activity } = input;
  const built = activity.build(input.config);
  const here = activityPath(activity.id);
  const link = (to: string, text: string): string => `<a href="${e(relativeLink(here, to))}">${e(text)}</a>`;
  const instruments = await instrumentPages(input, built);
  const indicators = built.indicators.map((i) => indicatorPage(activity, built, i));
  const ethics = activity.refusal?.(undefined);
  const config = assessmentConfigJsonSchema([activity]) as {
    $defs?: unknown;
    properties: { activities: { properties: Record<string, { properties: { settings: object } }> } };
  };
  const settings = { $defs: config.$defs, ...(config.properties.activities.properties[activity.id]?.properties.settings ?? {}) };
  const body = [
    `<h1>${e(activity.title)}</h1>`,
    facts([
      ['Activity', code(activity.id)],
      ['Version', e(activity.version) + (input.pinned !== undefined ? e(` (this assessment pins ${input.pinned})`) : '')],
      ['Kind', e(activity.kind)],
      ['What a case is', e(activity.disclosure.description)],
    ]),
    `<p>${e(activity.description)}</p>`,
    ethics !== undefined ? `<h2 id="ethics">Ethics</h2><p class="note">${e(`Without an assessment's record: ${ethics}`)}</p>` : '',
    `<h2 id="instruments">Instruments</h2>`,
    list(built.instruments.map((i) => `${link(instrumentPath(activity.id, i.id), i.title.en)} (${e(i.kind)}, ${code(i.id)})`)),
    `<h2 id="settings">Settings</h2><p>The activity's section of assessment.json, <code>activities.${e(activity.id)}.settings</code>.</p>`,
    schemaTable(settings),
    `<h2 id="comparability">Comparability</h2>`,
    list(
      activity.comparability.map(
        (k) =>
          `${e(k.title)} (${code(k.id)}): must match to compare${k.harmonise ? '; a wider population can be harmonised (dh compare --harmonise)' : ''}`,
      ),
    ),
    `<h2 id="extension-points">Extension points</h2>`,
    list(
      activityExtensionPoints(built).map(
        (p) => `${code(p.id)}: the end of ${code(`${p.instrument}/${p.group}`)} (record type ${code(p.recordType)})`,
      ),
    ),
    `<h2 id="record-types">Record types</h2>`,
    list(
      built.recordTypes.map((r) => `${code(r.name)}: ${e(r.title.en)}; key ${r.key.map(code).join(', ')}; ${r.fields.length} variables`),
    ),
    `<h2 id="rules">Rules</h2>`,
    list([
      ...built.recordRules.map(
        (r) =>
          `${code(r.id)} (${e(r.severity)}, ${code(r.recordType)}): ${e(r.description)}. Checks: ${e(describeExpression(r.assert))}${r.when ? e(`, when ${describeExpression(r.when)}`) : ''}`,
      ),
      ...built.datasetRules.map((r) => `${code(r.id)} (across records): ${e(r.description)}`),
    ]),
    `<h2 id="indicators">Indicators</h2>`,
    list(
      built.indicators.map(
        (i) => `${link(indicatorPath(activity.id, i.id), i.title)} (${code(i.id)}, ${e(i.estimator)}, contract ${e(i.version)})`,
      ),
    ),
    `<h2 id="tables">Tables</h2>`,
    list(
      built.tables.map(
        (t) =>
          `${e(t.title)} (${code(t.id)}, ${e(t.outputKind)}, contract ${e(t.version)}): ${e(t.definition)}${t.caveat ? ` <em>${e(t.caveat)}</em>` : ''}`,
      ),
    ),
    versionsSection(input),
  ];
  return [{ path: here, title: activity.title, body: body.join('\n') }, ...instruments, ...indicators];
}

function versionsSection(input: ActivityPagesInput): string {
  const { activity, published, working } = input;
  const last = published.at(-1);
  const pending = last === undefined ? undefined : diffSnapshots(last, working);
  return [
    `<h2 id="versions">Versions</h2>`,
    `<p>Published: ${published.map((s) => code(s.version)).join(', ') || 'none'}. Results of versions of the same major version (for 0.x, the same minor) stand side by side; each indicator says which versions it accepts, and <code>dh diff --activity ${e(activity.id)}</code> lists what changed between any two.</p>`,
    pending && pending.level !== undefined
      ? `<h3 id="unreleased">Not yet released (${e(pending.level)})</h3><pre>${e(renderDiff(pending, { from: `published ${last?.version ?? ''}`, to: 'this build' }).join('\n'))}</pre>`
      : '',
    input.changelog ? `<h3 id="changelog">Changelog</h3>${renderMarkdown(input.changelog.replace(/^# .*\n/, ''), () => undefined)}` : '',
  ].join('\n');
}

async function instrumentPages(input: ActivityPagesInput, built: BuiltActivity): Promise<HandbookPage[]> {
  const { activity, language } = input;
  const pages: HandbookPage[] = [];
  for (const instrument of built.instruments) {
    const exported = await exportInstrument({
      instrument,
      dir: activity.id,
      languages: ['en'],
      recordTypes: built.recordTypes,
    });
    // The same HTML the field teams' exports hold (escaped by the exporters), inside the handbook's page.
    const exportedHtml = exported.files.find((f) => f.path.endsWith(`/${instrument.id}.en.html`))?.content;
    const document = typeof exportedHtml === 'string' ? /<body[^>]*>([\s\S]*)<\/body>/.exec(exportedHtml)?.[1] : undefined;
    const path = instrumentPath(activity.id, instrument.id);
    const texts = instrumentTexts(instrument);
    const beside =
      language === undefined
        ? ''
        : `<h2 id="translations">English and ${e(language.tag)} side by side</h2><table><thead><tr><th scope="col">Key</th><th scope="col">English</th><th scope="col">${e(language.tag)}</th></tr></thead><tbody>${texts
            .map(
              (t) =>
                `<tr><td>${code(t.key)}</td><td>${e(t.en)}</td><td>${e(language.translations[t.key]?.trim() || '(not translated)')}</td></tr>`,
            )
            .join('')}</tbody></table>`;
    pages.push({
      path,
      title: `${instrument.title.en} (${activity.id})`,
      body: [
        `<p><a href="${e(relativeLink(path, activityPath(activity.id)))}">${e(activity.title)}</a></p>`,
        document ?? `<h1>${e(instrument.title.en)}</h1>`,
        beside,
      ].join('\n'),
    });
  }
  return pages;
}

const MISSING_WORDS: Readonly<Record<string, string>> = {
  exclude: 'left out of the universe',
  'count-as-no': 'counted as no',
  'count-as-yes': 'counted as yes',
};

function indicatorPage(activity: ActivityDefinition, built: BuiltActivity, indicator: IndicatorContract): HandbookPage {
  const path = indicatorPath(activity.id, indicator.id);
  const titles = new Map(built.disaggregations.map((d) => [d.id, d.title]));
  const body = [
    `<p><a href="${e(relativeLink(path, activityPath(activity.id)))}">${e(activity.title)}</a></p>`,
    `<h1>${e(indicator.title)}</h1>`,
    `<p>${e(indicator.definition)}</p>`,
    facts([
      ['Indicator', code(indicator.id)],
      ['Contract version', e(indicator.version)],
      ['Accepts instrument versions', code(indicator.acceptsVersions)],
      ['Record type', code(indicator.recordType)],
      ['Estimator', e(indicator.estimator) + (indicator.weighted ? ', weighted by the design' : ', unweighted')],
      ['Universe', e(describeExpression(indicator.universe))],
      ...(indicator.numerator ? [['Numerator', e(describeExpression(indicator.numerator))] as const] : []),
      ...(indicator.value ? [['Value', e(describeExpression(indicator.value))] as const] : []),
      [
        'Missing answers',
        e(
          `"don't know": ${MISSING_WORDS[indicator.missing.dontKnow] ?? indicator.missing.dontKnow}; refused: ${MISSING_WORDS[indicator.missing.refused] ?? indicator.missing.refused}; not answered: ${MISSING_WORDS[indicator.missing.missing] ?? indicator.missing.missing}. ${indicator.missing.note}`,
        ),
      ],
      ['Recall period', e(indicator.recallPeriod)],
      ['Disaggregations', e(indicator.disaggregations.map((d) => titles.get(d) ?? d).join(', ') || 'none')],
      ...(indicator.populationBase ? [['National count from', code(indicator.populationBase)] as const] : []),
      ...(indicator.caveat ? [['Caveat', e(indicator.caveat)] as const] : []),
    ]),
  ];
  return { path, title: `${indicator.title} (${indicator.id})`, body: body.join('\n') };
}

/** The CHANGELOG.md of an installed activity package, if it has one. */
export function changelogOf(dir: string | undefined): string | undefined {
  const file = dir === undefined ? undefined : join(dir, 'CHANGELOG.md');
  return file !== undefined && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
