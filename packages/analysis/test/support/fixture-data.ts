// Seeded synthetic records for the fixture activity: a stratified cluster sample with
// weights, rosters and one child interview per household.
type Row = Record<string, string>;

export interface FixtureData {
  readonly household: Row[];
  readonly roster: Row[];
  readonly child: Row[];
}

export interface FixtureDataOptions {
  readonly seed?: number;
  readonly strata?: number;
  readonly psusPerStratum?: number;
  readonly householdsPerPsu?: number;
}

/** mulberry32: small, seeded, good enough for test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, shares: readonly (readonly [T, number])[]): T {
  let u = r();
  for (const [value, share] of shares) {
    if ((u -= share) < 0) return value;
  }
  return (shares[shares.length - 1] as readonly [T, number])[0];
}

export function fixtureData(options: FixtureDataOptions = {}): FixtureData {
  const r = random(options.seed ?? 1);
  const data: FixtureData = { household: [], roster: [], child: [] };
  for (let s = 1; s <= (options.strata ?? 4); s++) {
    for (let p = 1; p <= (options.psusPerStratum ?? 5); p++) {
      const psu = `EA${s}${String(p).padStart(2, '0')}`;
      for (let h = 1; h <= (options.householdsPerPsu ?? 10); h++) {
        const id = `${psu}-${h}`;
        const design = { stratum: `s${s}`, psu, weight: (80 + 40 * s + 9 * p + 25 * r()).toFixed(3) };
        data.household.push({ household_id: id, ...design });
        const children = 1 + Math.floor(r() * 3);
        let interviewed: Row | undefined;
        for (let line = 1; line <= children; line++) {
          const member = {
            roster_household_id: id,
            roster_line: String(line),
            roster_age: String(12 + Math.floor(r() * 6)),
            roster_sex: r() < 0.5 ? 'boy' : 'girl',
            roster_internet: pick(r, [
              ['yes', 0.7],
              ['no', 0.2],
              ['dont_know', 0.1],
            ]),
          };
          data.roster.push(member);
          interviewed ??= member;
        }
        const offered = pick(r, [
          ['yes', 0.15],
          ['no', 0.65],
          ['dont_know', 0.12],
          ['refused', 0.08],
        ]);
        data.child.push({
          child_id: `C-${id}`,
          household_id: id,
          ...design,
          weight: (Number(design.weight) * children).toFixed(3),
          age: interviewed?.roster_age ?? '12',
          sex: interviewed?.roster_sex ?? 'boy',
          offered,
          told:
            offered === 'yes'
              ? pick(r, [
                  ['no_one', 0.4],
                  ['friend', 0.25],
                  ['friend parent', 0.15],
                  ['refused', 0.2],
                ])
              : '',
          hours_online: r() < 0.05 ? '' : String(Math.floor(r() * 9)),
        });
      }
    }
  }
  return data;
}

function csvCell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly Row[]): string {
  const header = Object.keys(rows[0] ?? {});
  return [header.join(','), ...rows.map((row) => header.map((h) => csvCell(row[h] ?? '')).join(','))].join('\n') + '\n';
}
