import type { BumpLevel, SnapshotChange, SnapshotDiff } from '@dh/core';

const HEADINGS: Readonly<Record<BumpLevel, string>> = {
  major: 'major: breaks comparison with earlier data',
  minor: 'minor: adds; earlier results still compare',
  patch: 'patch: rewording; review the wording shown and escalate if the meaning changed',
};

/** Where a side of a diff comes from, for its heading: `published 0.1.0`, a file, the working tree. */
export interface DiffSides {
  readonly from: string;
  readonly to: string;
}

/** A diff as a reviewer reads it: the overall level, then the changes grouped by level. */
export function renderDiff(diff: SnapshotDiff, sides: DiffSides): string[] {
  const head = `${diff.activity}: ${sides.from} → ${sides.to}`;
  if (diff.level === undefined) return [`${head}: nothing comparability depends on changed.`];
  const lines = [`${head}: ${diff.level} (${count(diff.changes.length)})`];
  for (const level of ['major', 'minor', 'patch'] as const) {
    const changes = diff.changes.filter((c) => c.level === level);
    if (changes.length === 0) continue;
    lines.push('', HEADINGS[level]);
    for (const change of changes) lines.push(...renderChange(change));
  }
  return lines;
}

function renderChange(change: SnapshotChange): string[] {
  const lines = [`  ${change.area} ${change.subject}: ${change.what}`];
  // A changed field is shown in full, before and after; an added or removed item by its words.
  if (change.what === 'removed' || change.what.startsWith('added')) {
    const words = wordsOf(change.what === 'removed' ? change.before : change.after);
    if (words !== undefined) lines.push(`    text: ${words}`);
  } else {
    if (change.before !== undefined) lines.push(`    before: ${change.before}`);
    if (change.after !== undefined) lines.push(`    after:  ${change.after}`);
  }
  lines.push(`    why: ${change.why}`);
  return lines;
}

/** The English words of an item shown as JSON (a question's label, a guide question's text), if it has any. */
function wordsOf(json: string | undefined): string | undefined {
  if (json === undefined || !json.startsWith('{')) return undefined;
  const item = JSON.parse(json) as Record<string, unknown>;
  for (const field of ['label', 'text', 'question', 'title']) {
    const value = item[field];
    if (typeof value === 'string') return `"${value}"`;
    if (value !== null && typeof value === 'object' && typeof (value as { en?: unknown }).en === 'string')
      return `"${(value as { en: string }).en}"`;
  }
  return undefined;
}

const count = (n: number): string => `${n} change${n === 1 ? '' : 's'}`;

/** The changeset that declares a diff: front matter bumping the package, the classified changes as its CHANGELOG text. */
export function changesetFor(packageName: string, diff: SnapshotDiff): string {
  const level = diff.level ?? 'patch';
  const entries = (['major', 'minor', 'patch'] as const).flatMap((level) =>
    diff.changes.filter((c) => c.level === level).map((c) => `- ${level}: ${c.area} ${c.subject}: ${c.what}`),
  );
  return [
    '---',
    `"${packageName}": ${level}`,
    '---',
    '',
    `${diff.activity}: ${count(diff.changes.length)} since ${diff.from}, classified by dh diff.`,
    '',
    ...entries,
    '',
  ].join('\n');
}
