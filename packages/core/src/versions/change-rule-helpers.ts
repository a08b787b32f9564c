import type { BumpLevel } from './bump-level.js';
import type { FieldRule, Judged, Shown } from './snapshot-diff.js';

// The vocabulary the change rules are written in: how one field's change is judged.

export const always =
  (level: BumpLevel, why: string, show: Shown = 'value') =>
  (field: string): FieldRule => ({ judge: () => ({ level, what: `${field} changed`, why }), show });

export const text: FieldRule = { text: true };
export const wording: FieldRule = { judge: () => ({ level: 'patch', what: 'description edited', why: 'a description or hint edit' }) };

/** Lists that only grew add (minor); any entry gone breaks comparison (major). */
export const grownOnly =
  (what: string) =>
  (field: string): FieldRule => ({
    judge: (b, a) => {
      const kept = (b as string[]).every((x) => (a as string[]).includes(x));
      return kept
        ? { level: 'minor', what: `${what} added`, why: 'only additions: earlier results still stand' }
        : { level: 'major', what: `${field} lost an entry`, why: `a ${what} removed: earlier results used it` };
    },
  });

export const madeRequired: FieldRule = {
  judge: (_b, a) =>
    a === true
      ? { level: 'major', what: 'made required', why: 'changes who must answer: earlier records may lack it' }
      : { level: 'minor', what: 'made optional', why: 'answers may now be missing where they were required' },
};

export const added =
  (why: string, level: BumpLevel = 'minor') =>
  (): Judged => ({ level, what: 'added', why });
export const removed = (why: string, level: BumpLevel = 'major'): Judged => ({ level, what: 'removed', why });
export const byName = (item: Record<string, unknown>): string => String(item['name']);
export const byId = (item: Record<string, unknown>): string => String(item['id']);

export const who = always('major', 'relevance changed: who is asked changes', 'expr')('relevance');
export const accepted = always('major', 'which answers are accepted changes', 'expr');
