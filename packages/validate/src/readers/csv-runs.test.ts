// The chunk parser hands papaparse quote-free runs of lines and quoted records separately, so the
// runs without quotes take its fast path: it must give what one call over the whole text gives.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/seeded-random.js';
import { parseInRuns, RowTally, UNSPLIT_ROW } from './csv-chunk-parser.js';

/** Pieces CSV text is made of, the awkward ones often: quotes opening, closing, doubled or stray, line breaks inside and out. */
const PIECES = ['a', 'bc', '12', ' ', ',', ';', '"', '""', '"x"', '\n', '\r\n', '\r', '", ', '"\n', 'é', ''];

function randomText(random: () => number, length: number): string {
  let text = '';
  for (let k = 0; k < length; k++) text += PIECES[Math.floor(random() * PIECES.length)] ?? '';
  return text;
}

/** CSV text more like an export: rows mostly of `width` cells, some one more or less, some quoted cells, blank lines, CRLF or LF, a stray piece now and then. */
function randomTable(random: () => number, delimiter: string, width: number): string {
  const cells = ['a', '12', '', ' x', '"q"', `"a${delimiter}b"`, '"l\nm"', '"a""b"', 'é'];
  const pick = <T>(from: readonly T[]) => from[Math.floor(random() * from.length)] as T;
  const lines: string[] = [];
  for (let row = 1 + Math.floor(random() * 12); row > 0; row--) {
    if (random() < 0.1) {
      lines.push('');
      continue;
    }
    const count = random() < 0.15 ? width + (random() < 0.5 ? 1 : -1) : width;
    lines.push(Array.from({ length: count }, () => (random() < 0.05 ? pick(PIECES) : pick(cells))).join(delimiter));
  }
  return lines.join(random() < 0.5 ? '\n' : '\r\n').replace(/\r(?!\n)/g, '\n');
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

  it.each([
    [',', undefined],
    [';', undefined],
    [',', []],
    [',', [0]],
    [';', [1]],
    [',', [0, 2]],
    [';', [3]],
  ])(
    'splits a refused data row no further than asked, counting rows as one call does (delimiter %s, cells read: %j)',
    (delimiter, cellsRead) => {
      const random = seededRandom(7 + delimiter.charCodeAt(0) + (cellsRead?.length ?? 5) + (cellsRead?.[0] ?? 0));
      // Wide enough that walking the cells leaves most unmade (else a refused row is split whole).
      const width = 2 * (cellsRead?.length ?? 0) + 2;
      const last = Math.max(-1, ...(cellsRead ?? []));
      let rowsInPart = 0;
      for (let trial = 0; trial < 3000; trial++) {
        const text =
          trial % 2 === 0
            ? randomTable(random, delimiter, width)
            : randomText(random, 1 + Math.floor(random() * 60)).replace(/\r(?!\n)/g, '\n');
        const whole = parser(delimiter).parse(text, 0, false) as Parsed;
        // Each data row's ordinal as the reader counts it: the header and blank lines are rows, not data.
        let next = 0;
        const ordinals = whole.data.map((record, index) => {
          const blank = record.length === 1 && (record[0] === '' || record[0] === '\r');
          return index === 0 || blank ? -1 : next++;
        });
        const asked: number[] = [];
        const tally = new RowTally(
          { wants: (ordinal) => (asked.push(ordinal), ordinal % 3 !== 1), ...(cellsRead !== undefined && { cellsRead }) },
          width,
        );
        const parsed = parseInRuns(parser(delimiter), text, false, delimiter, tally);
        const partial = tally.takePartial();
        rowsInPart += partial.length;
        const context = JSON.stringify(text);
        expect(parsed.data.length, context).toBe(whole.data.length);
        parsed.data.forEach((record, index) => {
          const ordinal = ordinals[index] ?? -1;
          const expected = whole.data[index] ?? [];
          if (record === UNSPLIT_ROW) {
            expect([ordinal % 3, cellsRead], context).toEqual([1, undefined]);
          } else if (partial.includes(index)) {
            // Only a refused row of the header's width comes in part: the cells read as one call splits them, '' between.
            expect([ordinal % 3, expected.length], context).toEqual([1, width]);
            expect(record, context).toEqual(expected.slice(0, last + 1).map((cell, k) => (cellsRead?.includes(k) ? cell : '')));
          } else {
            expect(record, context).toEqual(expected);
            if (cellsRead !== undefined && asked.includes(ordinal) && ordinal % 3 === 1) expect(expected.length, context).not.toBe(width);
          }
        });
        // Asked in order, each a data row's own ordinal.
        expect(asked, context).toEqual([...asked].sort((a, b) => a - b));
        for (const ordinal of asked) expect(ordinals, context).toContain(ordinal);
        expect(used({ ...parsed, data: whole.data }), context).toEqual(used(whole));
      }
      // Rows of the header's width come often enough for rows split in part to be judged.
      if (cellsRead !== undefined) expect(rowsInPart).toBeGreaterThan(40);
    },
  );

  it('leaves refused rows of an export quoting every value unsplit, and splits the wanted ones as one call does', () => {
    const lines = ['"id","name","note"', ...Array.from({ length: 40 }, (_, i) => `"${i}","n ""${i}""","a,\nb"`)];
    const text = `${lines.join('\r\n')}\r\n`;
    const tally = new RowTally({ wants: (ordinal) => ordinal % 2 === 0 }, 3);
    const parsed = parseInRuns(parser(','), text, true, ',', tally);
    const whole = parser(',').parse(text, 0, true) as Parsed;
    expect(parsed.data.length).toBe(41);
    parsed.data.forEach((record, index) => {
      if (index > 0 && index % 2 === 0) expect(record).toBe(UNSPLIT_ROW);
      else expect(record).toEqual(whole.data[index]);
    });
    expect(parsed.data[1]).toEqual(['0', 'n "0"', 'a,\nb']);
    expect(parsed.meta.cursor).toBe(text.length);
  });

  it('asks about every row of quote-free text, and leaves each refused row unsplit', () => {
    const lines = ['id,name', ...Array.from({ length: 50 }, (_, i) => `${i},n${i}`)];
    lines.splice(10, 0, '');
    const tally = new RowTally({ wants: (ordinal) => Math.floor(ordinal / 8) % 2 === 0 }, 2);
    const parsed = parseInRuns(parser(','), `${lines.join('\r\n')}\r\n`, true, ',', tally);
    const unsplit = parsed.data.flatMap((record, index) => (record === UNSPLIT_ROW ? [index] : []));
    // Records 1–9 are data rows 0–8, record 10 the blank line (a CR alone), records 11–17 data rows 9–15, record 26 row 24.
    expect(unsplit.slice(0, 9)).toEqual([9, 11, 12, 13, 14, 15, 16, 17, 26]);
    expect(parsed.data.length).toBe(52);
    expect(parsed.data[1]).toEqual(['0', 'n0\r']);
  });
});
