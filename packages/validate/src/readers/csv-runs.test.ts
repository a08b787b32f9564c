// The chunk parser hands papaparse quote-free runs of lines and quoted records separately, so the
// runs without quotes take its fast path: it must give what one call over the whole text gives.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/seeded-random.js';
import { parseInRuns } from './csv-chunk-parser.js';

/** Pieces CSV text is made of, the awkward ones often: quotes opening, closing, doubled or stray, line breaks inside and out. */
const PIECES = ['a', 'bc', '12', ' ', ',', ';', '"', '""', '"x"', '\n', '\r\n', '\r', '", ', '"\n', 'é', ''];

function randomText(random: () => number, length: number): string {
  let text = '';
  for (let k = 0; k < length; k++) text += PIECES[Math.floor(random() * PIECES.length)] ?? '';
  return text;
}

const parser = (delimiter: string) => new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"', skipEmptyLines: false });

interface Parsed {
  readonly data: string[][];
  readonly errors: readonly { code: string; message: string; row?: number }[];
  readonly meta: { readonly cursor: number };
}

/** What the reader uses of a result: the records, each error's code, message and record, and where the unfinished record starts. */
const used = (result: Parsed) => ({
  data: result.data,
  errors: result.errors.map((e) => ({ code: e.code, message: e.message, row: e.row })),
  cursor: result.meta.cursor,
});

describe('parsing in runs', () => {
  it.each([',', ';'])('gives what one papaparse call gives, on random text (delimiter %s)', (delimiter) => {
    const random = seededRandom(delimiter.charCodeAt(0));
    for (let trial = 0; trial < 3000; trial++) {
      // Line breaks are LF by now, as the chunk parser hands them on (lone CRs normalised, CRLF kept).
      const text = randomText(random, 1 + Math.floor(random() * 60)).replace(/\r(?!\n)/g, '\n');
      for (const ignoreLastRow of [true, false]) {
        const whole = parser(delimiter).parse(text, 0, ignoreLastRow) as Parsed;
        expect(used(parseInRuns(parser(delimiter), text, ignoreLastRow, delimiter)), JSON.stringify(text)).toEqual(used(whole));
      }
    }
  });

  it('parses a long export with quoted values here and there as one call does', () => {
    const lines = ['id,name,comment'];
    for (let row = 0; row < 2000; row++)
      lines.push(row % 7 === 0 ? `${row},"Name, ${row}","said ""hi""\nthen left"` : `${row},name${row},${row % 3 === 0 ? '' : 'fine'}`);
    const text = `${lines.join('\r\n')}\r\n${'3,"unfinished'}`;
    const whole = parser(',').parse(text, 0, true) as Parsed;
    expect(whole.data.length).toBe(1 + 2000);
    expect(used(parseInRuns(parser(','), text, true, ','))).toEqual(used(whole));
  });
});
