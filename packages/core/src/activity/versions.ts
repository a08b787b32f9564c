/**
 * The semver ranges indicator contracts write in `acceptsVersions` (`^0.1.0`, `~1.2.0`,
 * `1.2.3`, `1.x`, `>=1.0.0 <2.0.0`, alternatives with `||`), small enough not to need a
 * dependency. Pre-release tags are ignored: an instrument is pinned to a release.
 */
type Triple = readonly [number, number, number];

const VERSION = /^v?(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/;

export function parseVersion(version: string): Triple | undefined {
  const m = VERSION.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

function compare(a: Triple, b: Triple): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Orders two versions (negative when `a` is earlier); a text that is not a version sorts as 0.0.0. */
export function compareVersions(a: string, b: string): number {
  return compare(parseVersion(a) ?? [0, 0, 0], parseVersion(b) ?? [0, 0, 0]);
}

/** The versions a caret range admits: same major, or for 0.x the same minor (semver § caret). */
export function compatibilityLine(version: string): string | undefined {
  const v = parseVersion(version);
  if (!v) return undefined;
  return v[0] > 0 ? `${v[0]}` : `0.${v[1]}`;
}

type Test = (v: Triple) => boolean;

function partial(text: string): (number | undefined)[] | undefined {
  const parts = text.replace(/^v/, '').split('.');
  if (parts.length > 3 || parts.some((p) => !/^(\d+|x|X|\*)$/.test(p))) return undefined;
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : undefined));
}

function comparator(token: string): Test | undefined {
  const m = /^(\^|~|>=|<=|>|<|=)?(.+)$/.exec(token);
  if (!m) return undefined;
  const op = m[1] ?? '';
  const parts = partial((m[2] ?? '').replace(/[-+].*$/, ''));
  if (!parts) return undefined;
  const [major, minor, patch] = parts;
  const base: Triple = [major ?? 0, minor ?? 0, patch ?? 0];
  if (op === '^') {
    if (major === undefined) return () => true;
    if (major > 0 || minor === undefined) return (v) => v[0] === major && compare(v, base) >= 0;
    return (v) => v[0] === 0 && v[1] === minor && compare(v, base) >= 0;
  }
  if (op === '~') return (v) => v[0] === base[0] && (minor === undefined || v[1] === minor) && compare(v, base) >= 0;
  if (op === '>=') return (v) => compare(v, base) >= 0;
  if (op === '>') return (v) => compare(v, base) > 0;
  if (op === '<=') return (v) => compare(v, base) <= 0;
  if (op === '<') return (v) => compare(v, base) < 0;
  // Exact, or a wildcard (1.x, 1.2.*, *): every given part must match.
  return (v) => parts.every((p, i) => p === undefined || v[i] === p);
}

/** Whether `version` lies in `range`; undefined when either cannot be read. */
export function satisfiesRange(version: string, range: string): boolean | undefined {
  const v = parseVersion(version);
  if (!v) return undefined;
  const alternatives = range.split('||').map((alt) =>
    alt
      .trim()
      .split(/\s+/)
      .filter((t) => t !== ''),
  );
  let any = false;
  for (const tokens of alternatives) {
    const tests = (tokens.length === 0 ? ['*'] : tokens).map(comparator);
    if (tests.some((t) => t === undefined)) return undefined;
    if (tests.every((t) => t?.(v))) any = true;
  }
  return any;
}

/**
 * The one rule on version pins, for every command: an assessment collects its data with the
 * pinned instrument version, and an installed activity of another compatibility line (another
 * major, or for 0.x another minor) has instruments and contracts that are not comparable with
 * it, so nothing may be built, validated or analysed with it. Undefined when they agree.
 */
export function pinConflict(activity: { readonly id: string; readonly version: string }, pinned: string | undefined): string | undefined {
  if (pinned === undefined) return undefined;
  const [want, have] = [compatibilityLine(pinned), compatibilityLine(activity.version)];
  if (want !== undefined && want === have) return undefined;
  return `the assessment pins ${activity.id}@${pinned}, but ${activity.id}@${activity.version} is installed: its instruments and indicators are not comparable with the pinned version. Install ${activity.id}@${pinned}, or change the pin in assessment.json after reviewing what changed (the activity's CHANGELOG).`;
}
