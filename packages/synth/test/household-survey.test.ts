import { describe, expect, it } from 'vitest';
// The real survey is the hardest fixture there is; synth's own code never imports an activity.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { activity } from '@dh/household-survey';
import { synthesize } from '../src/index.js';
import { checkDataset, issueLines } from './check-dataset.js';
import { config, csvFiles, EXAMPLIA, recordsOf, tableOf } from './helpers.js';

const built = activity.build();

describe('synthetic household-survey data', () => {
  it.each([1, 2, 3, 42])('has no issue at all with seed %i: schemas, skip logic, constraints, consent, rules, links, design', (seed) => {
    const dataset = synthesize(built, { n: 300, seed });
    expect(issueLines(checkDataset(built, csvFiles(dataset)))).toEqual([]);
    expect(tableOf(dataset, 'household').rows).toHaveLength(300);
    for (const name of ['roster', 'child', 'caregiver']) expect(tableOf(dataset, name).rows.length, name).toBeGreaterThan(30);
  });

  it('follows the assessment config: age range, strata, variable names, fieldwork dates', () => {
    const examplia = activity.build(config(EXAMPLIA));
    const dataset = synthesize(examplia, { n: 400, seed: 5 });
    expect(issueLines(checkDataset(examplia, csvFiles(dataset)))).toEqual([]);
    const children = recordsOf(dataset, 'child').filter((c) => c['age'] !== '');
    const ages = new Set(children.map((c) => Number(c['age'])));
    expect(Math.min(...ages)).toBe(9);
    expect(Math.max(...ages)).toBe(17);
    const households = recordsOf(dataset, 'household');
    expect(new Set(households.map((h) => h['strat']))).toEqual(new Set(['coast_urban', 'coast_rural', 'highlands']));
    expect(
      households.every((h) => h['visit_date'] !== undefined && h['visit_date'] >= '2022-02-01' && h['visit_date'] <= '2022-05-31'),
    ).toBe(true);
    expect(households.filter((h) => h['strat'] === 'coast_rural').every((h) => h['urban_rural'] === 'rural')).toBe(true);
    expect(tableOf(dataset, 'caregiver').header).toEqual(expect.arrayContaining(['strat', 'ea', 'wt']));
  });

  it('writes select_multiple answers space-separated and no answer as an empty cell', () => {
    const children = recordsOf(synthesize(built, { n: 300, seed: 9 }), 'child');
    expect(children.some((c) => / /.test(c['online_activities'] ?? ''))).toBe(true);
    const refusals = children.filter((c) => c['caregiver_consent'] === 'no');
    expect(refusals.length).toBeGreaterThan(0);
    for (const r of refusals) expect([r['age'], r['ocsea_threatened'], r['weight']]).toEqual(['', '', '']);
  });

  it('gives the same bytes for the same seed and different data for another seed', () => {
    const first = csvFiles(synthesize(built, { n: 200, seed: 17 }));
    const again = csvFiles(synthesize(built, { n: 200, seed: 17 }));
    const other = csvFiles(synthesize(built, { n: 200, seed: 18 }));
    expect([...again]).toEqual([...first]);
    expect(other.get('child.csv')).not.toEqual(first.get('child.csv'));
  });

  it('draws one internet-using child per household with eligible children, and weights them by the number eligible', () => {
    const dataset = synthesize(built, { n: 400, seed: 4 });
    const households = new Map(recordsOf(dataset, 'household').map((h) => [h['household_id'], h]));
    const roster = recordsOf(dataset, 'roster');
    for (const child of recordsOf(dataset, 'child').filter((c) => c['weight'] !== '')) {
      const eligible = roster.filter((r) => r['roster_household_id'] === child['household_id'] && r['roster_internet_use'] === 'yes');
      const selected = eligible.filter((r) => r['roster_selected'] === 'yes');
      expect(selected.map((r) => r['roster_line'])).toEqual([child['line_number']]);
      const householdWeight = Number(households.get(child['household_id'])?.['weight']);
      expect(Number(child['weight'])).toBeCloseTo((householdWeight * eligible.length) / 0.93, 2);
    }
  });

  it('gives households weights that sum to the same frame total within each stratum, however many responded', () => {
    const households = recordsOf(synthesize(built, { n: 600, seed: 8 }), 'household');
    const psuTotals = new Map<string, { stratum: string; total: number }>();
    for (const h of households.filter((x) => x['weight'] !== '')) {
      const entry = psuTotals.get(h['psu'] ?? '') ?? { stratum: h['stratum'] ?? '', total: 0 };
      entry.total += Number(h['weight']);
      psuTotals.set(h['psu'] ?? '', entry);
    }
    const byStratum = new Map<string, number[]>();
    for (const { stratum, total } of psuTotals.values()) byStratum.set(stratum, [...(byStratum.get(stratum) ?? []), total]);
    for (const totals of byStratum.values()) for (const t of totals) expect(t).toBeCloseTo(totals[0] ?? 0, 0);
  });
});

describe('prevalence', () => {
  const share = (records: Record<string, string>[], field: string): number => {
    const asked = records.filter((r) => r[field] !== '');
    return asked.filter((r) => r[field] === 'yes').length / asked.length;
  };

  it('comes out near the plan by default and near what the user sets', () => {
    const plain = recordsOf(synthesize(built, { n: 4000, seed: 3 }), 'child');
    expect(share(plain, 'ocsea_sexual_comments')).toBeGreaterThan(0.09);
    expect(share(plain, 'ocsea_sexual_comments')).toBeLessThan(0.15);
    const set = synthesize(built, { n: 4000, seed: 3, prevalence: { ocsea_sexual_comments: 0.4, roster_internet_use: 0.5 } });
    expect(share(recordsOf(set, 'child'), 'ocsea_sexual_comments')).toBeGreaterThan(0.36);
    expect(share(recordsOf(set, 'child'), 'ocsea_sexual_comments')).toBeLessThan(0.44);
    expect(share(recordsOf(set, 'roster'), 'roster_internet_use')).toBeGreaterThan(0.46);
    expect(share(recordsOf(set, 'roster'), 'roster_internet_use')).toBeLessThan(0.54);
  });

  it('refuses an item without a prevalence, naming those that have one', () => {
    expect(() => synthesize(built, { n: 10, seed: 1, prevalence: { age: 0.2 } })).toThrow(
      /"age" has no prevalence to set; items with one: .*ocsea_threatened/,
    );
    expect(() => synthesize(built, { n: 10, seed: 1, prevalence: { ocsea_threatened: 1.5 } })).toThrow(/must be a share from 0 to 0.97/);
  });
});
