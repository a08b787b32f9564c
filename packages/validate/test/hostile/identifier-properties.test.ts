import { describe, expect, it } from 'vitest';
import { identifierInText, identifierSpans, maskIdentifiers } from '../../src/values/personal-identifier-values.js';

/** A small deterministic generator (mulberry32), so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces that identifiers, and the things mistaken for them, are made of. */
const PIECES = [
  '0',
  '7',
  '12',
  '2021',
  '345',
  '0712',
  '+',
  '-',
  '.',
  ' ',
  '(',
  ')',
  '/',
  '@',
  'a',
  'Juma',
  'mail',
  'org',
  'Mr',
  'Bi',
  'Road',
  'rue',
  'Jalan',
  'No.',
  'P.O. Box',
  ',',
  'é',
  '_',
];

function sentence(next: () => number): string {
  const length = 1 + Math.floor(next() * 14);
  return Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)] ?? '').join('');
}

describe('personal identifiers in free text: properties over generated text', () => {
  const next = random(20240601);
  const texts = Array.from({ length: 3000 }, () => sentence(next));

  it('reports spans in order, apart, inside the text; the first one is what identifierInText says', () => {
    for (const text of texts) {
      const spans = identifierSpans(text);
      spans.forEach((span, index) => {
        expect(span.start).toBeGreaterThanOrEqual(index === 0 ? 0 : (spans[index - 1]?.end ?? 0));
        expect(span.end).toBeGreaterThan(span.start);
        expect(span.end).toBeLessThanOrEqual(text.length);
      });
      expect(identifierInText(text), text).toBe(spans[0]?.kind);
    }
  });

  it('leaves nothing identifiable once masked, and masks nothing where nothing was found', () => {
    for (const text of texts) {
      const masked = maskIdentifiers(text);
      expect(identifierInText(masked), `${text} → ${masked}`).toBeUndefined();
      if (identifierInText(text) === undefined) expect(masked).toBe(text);
    }
  });
});
