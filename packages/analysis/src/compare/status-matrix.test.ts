import { csvCell } from '@dh/core';
import { describe, expect, it } from 'vitest';
import { AnalysisResultsSchema, type AnalysisResults } from '../results/results-schema.js';
import type { ItemDefinitions, VersionChanges } from './comparability.js';
import { compareResults } from './compare-results.js';
import { renderComparison } from './write-comparison.js';

// The cross-country legal matrix when countries were reviewed on different major versions of
// the checklist (docs/methodology.md § comparability): provision by provision, not all or nothing.

const ACTIVITY = 'legal-policy-review';
const TABLE = 'legal_scorecard';
const ITEMS = [
  { code: 'child_definition', label: 'A child is anyone under 18' },
  { code: 'online_grooming', label: 'Online grooming is an offence, even without a meeting' },
  { code: 'national_plan', label: 'A national plan addresses OCSEA' },
];
const LABELS: Readonly<Record<string, string>> = { yes: 'Yes', partial: 'Partly', no: 'No', unclear: 'Unclear' };

/** One country's results: its scorecard coded on `version` of the checklist, with a citation per provision. */
function review(country: string, version: string, statuses: readonly string[]): AnalysisResults {
  return AnalysisResultsSchema.parse({
    kind: 'dh-results',
    formatVersion: '2.0.0',
    assessment: { country, name: `${country}land`, synthetic: true, config: 'assessment.json', fieldwork: null, population: null },
    thresholds: { suppressBelow: 25, flagBelow: 50, qualitativeSuppressBelow: 3, override: null },
    estimation: { confidenceLevel: 0.95, variance: 'taylor-linearisation' },
    activities: [
      {
        id: ACTIVITY,
        title: 'Legal and policy review',
        kind: 'legal-checklist',
        parameters: [],
        disclosure: { case: 'document', description: 'Provisions of laws and policies.' },
        validation: null,
        pinnedVersion: version,
        packageVersion: version,
        records: [],
      },
    ],
    disaggregations: [],
    indicators: [],
    estimates: [],
    tables: [
      {
        activity: ACTIVITY,
        id: TABLE,
        outputKind: 'status-table',
        title: 'Legal and policy scorecard',
        definition: `Each provision of the checklist (version ${version}).`,
        recordType: 'provision_review',
        version: '1.0.0',
        // Each country's scorecard accepts its own checklist line only.
        acceptsVersions: `^${version}`,
        caveat: null,
        unit: null,
        rowsTitle: 'Item',
        columnsTitle: '',
        rows: ITEMS.map((i) => ({ ...i, kind: 'category' })),
        columns: [
          { code: 'status', label: 'Status', kind: 'status' },
          { code: 'citation', label: 'Citation', kind: 'detail' },
        ],
        cells: ITEMS.flatMap((item, i) => [
          { row: item.code, column: 'status', value: null, text: LABELS[statuses[i] ?? ''], code: statuses[i], flags: [], notes: [] },
          { row: item.code, column: 'citation', value: null, text: `${country} Act, s. ${i + 1}`, code: null, flags: [], notes: [] },
        ]),
        sources: [],
        status: 'computed',
        reason: null,
      },
    ],
    problems: [],
  });
}

/** The provisions' definitions as checklist 0.1.0 and 1.0.0 publish them: online grooming redefined in 1.0.0. */
const definitions: ItemDefinitions = (activity, version, table) => {
  if (activity !== ACTIVITY || table !== TABLE) return undefined;
  if (version === '0.1.0' || version === '0.1.4') return new Map(ITEMS.map((i) => [i.code, '0.1.0']));
  if (version === '1.0.0') return new Map(ITEMS.map((i) => [i.code, i.code === 'online_grooming' ? '1.0.0' : '0.1.0']));
  return undefined;
};

/** What dh diff finds between the two published checklists: the redefined provision, and a reworded one. */
const versionChanges: VersionChanges = (_activity, from, to) =>
  from === '0.1.0' && to === '1.0.0'
    ? [
        {
          level: 'major',
          area: 'checklist item',
          subject: 'legal_policy_checklist/online_grooming',
          what: 'definedIn changed',
          why: 'the item declares its definition changed in a way that breaks comparison',
          before: '0.1.0',
          after: '1.0.0',
        },
        {
          level: 'patch',
          area: 'checklist item',
          subject: 'legal_policy_checklist/child_definition',
          what: 'guidance wording changed',
          why: 'source wording with the same key',
        },
      ]
    : undefined;

const matrixOf = (comparison: ReturnType<typeof compareResults>) => comparison.matrices.find((m) => m.table === TABLE);
const cell = (comparison: ReturnType<typeof compareResults>, country: string, item: string) =>
  matrixOf(comparison)?.cells.find((c) => c.country === country && c.item === item);

const GROOMING_REFUSED = `XB used ${ACTIVITY} instrument 1.0.0, XA 0.1.0: the definition of online_grooming changed in 1.0.0, not comparable.`;

describe('the legal matrix of countries reviewed on different major checklist versions', () => {
  const xa = review('XA', '0.1.0', ['yes', 'partial', 'no']);
  const xb = review('XB', '1.0.0', ['partial', 'yes', 'yes']);

  it('puts side by side the provisions whose definition did not change, and refuses the redefined one saying why', () => {
    const comparison = compareResults([xa, xb], { itemDefinitions: definitions });
    expect(cell(comparison, 'XB', 'child_definition')).toMatchObject({
      comparable: true,
      status: 'partial',
      text: 'Partly',
      detail: 'XB Act, s. 1',
      version: '1.0.0',
      reason: null,
    });
    expect(cell(comparison, 'XB', 'national_plan')).toMatchObject({ comparable: true, status: 'yes', text: 'Yes', reason: null });
    // Refused in words, with no status to colour.
    expect(cell(comparison, 'XB', 'online_grooming')).toMatchObject({
      comparable: false,
      status: null,
      text: null,
      detail: null,
      reason: GROOMING_REFUSED,
    });
    expect(
      matrixOf(comparison)
        ?.cells.filter((c) => c.country === 'XA')
        .every((c) => c.comparable),
    ).toBe(true);
    // Partly compared: the activity is not refused as a whole.
    expect(comparison.countries[1]?.activities[0]?.refusal).toBeNull();
  });

  it('says in every format which provision is refused and why, beside the statuses that are compared', () => {
    const comparison = compareResults([xa, xb], { itemDefinitions: definitions });
    const csv = renderComparison(comparison, 'csv').split(/\r?\n/);
    const line = (item: string) => csv.find((l) => l.includes(`,item,${item},`) && l.includes(',XB,')) ?? '';
    expect(line('online_grooming')).toContain(`,XB,false,,,,,false,false,false,${csvCell(GROOMING_REFUSED)},1.0.0,`);
    expect(line('national_plan')).toContain(`,XB,true,,,,,false,false,false,${csvCell('yes: Yes (XB Act, s. 3)')},1.0.0,`);
    const html = renderComparison(comparison, 'html');
    expect(html).toContain(`<td class="muted">not comparable<br><small>${GROOMING_REFUSED}</small></td>`);
    expect(html).toContain('<td class="status status-yes">● Yes<br><small>XB Act, s. 3</small></td>');
  });

  it('names what changed in the refused provision only, from the published snapshots, whichever country is the reference', () => {
    const comparison = compareResults([xa, xb], { itemDefinitions: definitions, versionChanges });
    expect(cell(comparison, 'XB', 'online_grooming')?.reason).toBe(
      `${GROOMING_REFUSED} What changed from 0.1.0 to 1.0.0: checklist item legal_policy_checklist/online_grooming: definedIn changed (0.1.0 → 1.0.0) (all of it: dh diff --activity ${ACTIVITY} --from 0.1.0 --to 1.0.0).`,
    );
    const reversed = compareResults([xb, xa], { itemDefinitions: definitions, versionChanges });
    expect(cell(reversed, 'XA', 'online_grooming')?.reason).toMatch(
      /^XA used legal-policy-review instrument 0\.1\.0, XB 1\.0\.0: the definition of online_grooming changed in 1\.0\.0, not comparable\./,
    );
    expect(cell(reversed, 'XA', 'child_definition')).toMatchObject({ comparable: true, status: 'yes' });
  });

  it('refuses the whole review, as before, where the newer checklist does not say when its provisions were defined', () => {
    const unknown = review('XB', '2.0.0', ['yes', 'yes', 'yes']);
    const comparison = compareResults([xa, unknown], { itemDefinitions: definitions });
    const reason = `XB used ${ACTIVITY} instrument 2.0.0, XA 0.1.0: different major versions, not comparable.`;
    expect(matrixOf(comparison)?.cells.filter((c) => c.country === 'XB')).toEqual(
      ITEMS.map((i) => expect.objectContaining({ item: i.code, comparable: false, status: null, reason })),
    );
    expect(comparison.countries[1]?.activities[0]?.refusal).toBe(reason);
  });
});

describe('the legal matrix of countries reviewed on the same major checklist version', () => {
  it('puts every provision side by side', () => {
    const xa = review('XA', '0.1.0', ['yes', 'partial', 'no']);
    const xc = review('XC', '0.1.4', ['no', 'unclear', 'partial']);
    for (const options of [{}, { itemDefinitions: definitions, versionChanges }]) {
      const comparison = compareResults([xa, xc], options);
      expect(matrixOf(comparison)?.cells.map((c) => `${c.country} ${c.item} ${c.comparable} ${c.status}`)).toEqual([
        'XA child_definition true yes',
        'XA online_grooming true partial',
        'XA national_plan true no',
        'XC child_definition true no',
        'XC online_grooming true unclear',
        'XC national_plan true partial',
      ]);
      expect(comparison.countries[1]?.activities[0]?.refusal).toBeNull();
    }
  });
});
