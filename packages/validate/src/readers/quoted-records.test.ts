// Quoted records are split here as papaparse splits them, when written as exports write them; any
// other text is papaparse's to read. Held to papaparse on random text and on random exports.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/seeded-random.js';
import { splitQuotedRecords } from './quoted-records.js';

/** The records split from `text` up to `to`, and how far the split went. */
function split(text: string, to: number, ignoreLastRow: boolean, delimiter: string) {
  const data: string[][] = [];
  const { cursor, complete } = splitQuotedRecords(text, 0, to, ignoreLastRow, delimiter, data);
  return { data, cursor, complete };
}

interface Parsed {
  readonly data: string[][];
  readonly errors: readonly unknown[];
  readonly meta: { readonly cursor: number };
}

const papaparse = (text: string, ignoreLastRow: boolean, delimiter: string) =>
  new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"', skipEmptyLines: false }).parse(text, 0, ignoreLastRow) as Parsed;

/** An export's table: every value quoted, or those that need it; values with delimiters, doubled quotes, line breaks; CRLF or LF; blank lines now and then. */
function randomExport(random: () => number, delimiter: string): string {
  const pick = <T>(from: readonly T[]) => from[Math.floor(random() * from.length)] as T;
  const values = ['a', '12', '', 'x y', `a${delimiter}b`, 'l\nm', 'l\r\nm', 'say "hi"', '"', 'é', ' lead', 'trail '];
  const quoteAll = random() < 0.5;
  const lineBreak = random() < 0.5 ? '\n' : '\r\n';
  const width = 1 + Math.floor(random() * 5);
  const lines: string[] = [];
  for (let row = 1 + Math.floor(random() * 8); row > 0; row--) {
    if (random() < 0.08) {
      lines.push('');
      continue;
    }
    const cells = Array.from({ length: width }, () => {
      const value = pick(values);
      const needs = /["\n\r]/.test(value) || value.includes(delimiter);
      return quoteAll || needs || random() < 0.2 ? `"${value.replaceAll('"', '""')}"` : value;
    });
    lines.push(cells.join(delimiter));
  }
  return lines.join(lineBreak) + (random() < 0.6 ? lineBreak : '');
}

/** Where the reader may cut an export between chunks: anywhere but after a CR (it holds a chunk's last CR back until it knows what follows). */
function cutPoint(text: string, random: () => number): number {
  const at = Math.floor(random() * (text.length + 1));
  return text[at - 1] === '\r' ? at - 1 : at;
}

/** Awkward text: quotes opening, closing, doubled or stray, spaces after them, line breaks inside and out. */
function randomText(random: () => number, delimiter: string): string {
  const pieces = ['a', '12', ' ', delimiter, '"', '""', '"x"', '\n', '\r\n', '", ', '"\n', '"\r\n', 'é', ''];
  let text = '';
  for (let k = 1 + Math.floor(random() * 40); k > 0; k--) text += pieces[Math.floor(random() * pieces.length)] ?? '';
  return text;
}

describe('splitting quoted records', () => {
  it.each([',', ';', '\t'])('splits every export as papaparse does, whole or cut anywhere (delimiter %j)', (delimiter) => {
    const random = seededRandom(31 + delimiter.charCodeAt(0));
    for (let trial = 0; trial < 3000; trial++) {
      const whole = randomExport(random, delimiter);
      const cut = whole.slice(0, cutPoint(whole, random));
      for (const [text, ignoreLastRow] of [
        [whole, false],
        [whole, true],
        [cut, true],
      ] as const) {
        const context = JSON.stringify({ text, ignoreLastRow });
        const expected = papaparse(text, ignoreLastRow, delimiter);
        expect(expected.errors, context).toEqual([]);
        expect(split(text, text.length, ignoreLastRow, delimiter), context).toEqual({
          data: expected.data,
          cursor: expected.meta.cursor,
          complete: true,
        });
      }
    }
  });

  it('splits the start of a longer text as papaparse splits that start alone', () => {
    const random = seededRandom(5);
    for (let trial = 0; trial < 500; trial++) {
      const text = randomExport(random, ',');
      const to = cutPoint(text, random);
      const expected = papaparse(text.slice(0, to), true, ',');
      expect(split(`${text}tail`, to, true, ','), JSON.stringify({ text, to })).toEqual({
        data: expected.data,
        cursor: expected.meta.cursor,
        complete: true,
      });
    }
  });

  it.each([',', ';'])(
    'gives what papaparse gives, or stops at a record and leaves the rest to it, on awkward text (delimiter %j)',
    (delimiter) => {
      const random = seededRandom(77 + delimiter.charCodeAt(0));
      let whole = 0;
      let stopped = 0;
      for (let trial = 0; trial < 5000; trial++) {
        const text = randomText(random, delimiter);
        for (const ignoreLastRow of [true, false]) {
          const context = JSON.stringify({ text, ignoreLastRow });
          const expected = papaparse(text, ignoreLastRow, delimiter);
          const result = split(text, text.length, ignoreLastRow, delimiter);
          if (result.complete) {
            whole++;
            expect(expected.errors, context).toEqual([]);
            expect(result, context).toEqual({ data: expected.data, cursor: expected.meta.cursor, complete: true });
            continue;
          }
          // Papaparse, reading on from where the split stopped, gives the records and errors one call gives.
          if (result.cursor > 0) stopped++;
          const rest = papaparse(text.slice(result.cursor), ignoreLastRow, delimiter);
          expect([...result.data, ...rest.data], context).toEqual(expected.data);
          expect(
            rest.errors.map((e) => ({ ...(e as object), row: ((e as { row?: number }).row ?? 0) + result.data.length, index: 0 })),
            context,
          ).toEqual(expected.errors.map((e) => ({ ...(e as object), index: 0 })));
          expect(result.cursor + rest.meta.cursor, context).toBe(expected.meta.cursor);
        }
      }
      // Each way is taken often enough for the comparison to mean something.
      expect(whole).toBeGreaterThan(1000);
      expect(stopped).toBeGreaterThan(500);
    },
  );

  it.each([
    ['a stray quote in an unquoted value', 'id,note\n1,5\'10"\n'],
    ['text after a closing quote', 'id,note\n1,"a"b\n'],
    ['spaces after a closing quote', 'id,note\n1,"a" ,2\n'],
    ['a quoted value never closed', 'id,note\n1,"open\n'],
    ['a lone CR after a closing quote', 'id,note\n1,"a"\r2\n'],
  ])('leaves the record holding %s to papaparse', (_, text) => {
    expect(split(text, text.length, false, ',')).toEqual({ data: [['id', 'note']], cursor: 8, complete: false });
  });

  it('holds back a last record still open at the end of the text', () => {
    const text = '"1","a"\r\n"2","multi\nline';
    expect(split(text, text.length, true, ',')).toEqual({ data: [['1', 'a']], cursor: 9, complete: true });
  });
});
