import { describe, expect, it } from 'vitest';
import { openOk, readAll, rowCodes } from '../../test/fixtures/readers/read-all.js';
import { useTempDir } from '../../test/fixtures/readers/temp-files.js';
import { seededRandom } from '../../test/seeded-random.js';
import { decodeTextFile, READ_CHUNK_BYTES } from './decode-text-file.js';
import { createTextChunkDecoder } from './text-chunk-decoder.js';
import { completeUtf8Length, firstInvalidUtf8Byte } from './utf8-bytes.js';

const write = useTempDir();
const TEXT = 'name;village\nZoë;Mbeya\nJosé;Moshi\n';
const EXPECTED_ROWS = [
  ['Zoë', 'Mbeya'],
  ['José', 'Moshi'],
];

function utf16be(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf16le');
  return bytes.swap16();
}

describe('reading in pieces', () => {
  it('decodes a file of many reads whole, characters of two and three bytes cut at every read and chunk boundary', async () => {
    // Rows of varying length, so that over 1.6 MB the boundaries (every 64 KiB, reads every 512 KiB) fall everywhere in them.
    const rows = ['id;text'];
    for (let i = 0, length = 0; length < 1.6 * 1024 * 1024; i++) {
      const row = `${i};${'é€'.repeat(1 + (i % 7))}${'x'.repeat(i % 5)}`;
      rows.push(row);
      length += row.length + 1;
    }
    const text = `${rows.join('\n')}\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(3 * 512 * 1024);
    for (const [encoding, bytes] of [
      ['utf-8', Buffer.from(text)],
      ['utf-16le', Buffer.from(text, 'utf16le')],
    ] as const) {
      let decoded = '';
      for await (const piece of decodeTextFile(await write(`pieces-${encoding}.csv`, bytes), encoding)) decoded += piece.text;
      expect(decoded === text, encoding).toBe(true);
    }
  });
});

describe('encodings', () => {
  it.each([
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)])],
    ['UTF-16 LE without BOM', Buffer.from(TEXT, 'utf16le')],
    ['UTF-16 BE without BOM', utf16be(TEXT)],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])],
  ])('reads %s', async (_name, bytes) => {
    const { table, warnings } = await openOk(await write('encoded.csv', bytes));
    expect(table.header).toEqual(['name', 'village']);
    const { rows, problems } = await readAll(table);
    expect(rows).toEqual(EXPECTED_ROWS);
    expect([...warnings, ...problems]).toEqual([]);
  });

  it('falls back to Windows-1252 and names the row of the first bad byte', async () => {
    const path = await write('cp1252.csv', Buffer.from(TEXT, 'latin1'));
    const { table, warnings } = await openOk(path);
    expect(warnings).toEqual([]);
    const { rows, problems } = await readAll(table);
    expect(rows).toEqual(EXPECTED_ROWS);
    expect(rowCodes(problems)).toEqual([[2, 'encoding-fallback']]);
    expect(problems[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('Windows-1252') });
  });

  it('reports a bad byte in the header when the table is opened', async () => {
    const path = await write('cp1252-header.csv', Buffer.from('né;âge\n1;2\n', 'latin1'));
    const { table, warnings } = await openOk(path);
    expect(table.header).toEqual(['né', 'âge']);
    expect(rowCodes(warnings)).toEqual([[1, 'encoding-fallback']]);
    expect((await readAll(table)).problems).toEqual([]);
  });

  it('switches encoding mid-stream when the first bad byte comes chunks after the start', async () => {
    const filler = 'id;text\n' + 'x;plain ascii text\n'.repeat(Math.ceil((2.5 * READ_CHUNK_BYTES) / 19));
    const fillerRows = filler.split('\n').length - 1;
    const path = await write('late.csv', Buffer.concat([Buffer.from(filler), Buffer.from('y;café\nz;ok\n', 'latin1')]));
    const { rows, rowNumbers, problems } = await readAll((await openOk(path)).table);
    expect(rows.at(-2)).toEqual(['y', 'café']);
    expect(rowNumbers.at(-2)).toBe(fillerRows + 1);
    expect(rowCodes(problems)).toEqual([[fillerRows + 1, 'encoding-fallback']]);
    expect(problems[0]?.message).not.toContain('mixes');
  });

  it('says the file mixes encodings when valid UTF-8 came before the bad byte', async () => {
    const path = await write('mixed.csv', Buffer.concat([Buffer.from('a;b\nZoë;1\n'), Buffer.from('José;2\n', 'latin1')]));
    const { rows, problems } = await readAll((await openOk(path)).table);
    expect(rows).toEqual([
      ['Zoë', '1'],
      ['José', '2'],
    ]);
    expect(rowCodes(problems)).toEqual([[3, 'encoding-fallback']]);
    expect(problems[0]?.message).toContain('mixes two encodings');
  });

  it('keeps a multi-byte character cut by a chunk boundary', async () => {
    const head = 'id;text\n1;';
    const padding = 'a'.repeat(READ_CHUNK_BYTES - head.length - 1);
    const path = await write('boundary.csv', `${head}${padding}😀€\n2;é\n`);
    const { rows, problems } = await readAll((await openOk(path)).table);
    expect(rows[0]?.[1]?.endsWith('😀€')).toBe(true);
    expect(rows[1]).toEqual(['2', 'é']);
    expect(problems).toEqual([]);
  });
});

describe('the UTF-8 decoder', () => {
  /** Pieces of text as bytes: ASCII, characters of two, three and four bytes, byte order marks, and (when `bad`) bytes no UTF-8 holds. */
  const PIECES = ['a', 'id,x\n', 'é', '€', '😀', '\uFEFF', 'ñ;', '\r\n'].map((text) => Buffer.from(text));
  const BAD = [Buffer.from([0xe9]), Buffer.from([0xc0, 0xaf]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xf0, 0x9f])];

  it('gives the text TextDecoder gives, UTF-8 up to the first bad byte and Windows-1252 after, however the bytes are cut', () => {
    const random = seededRandom(16);
    for (let round = 0; round < 2000; round++) {
      const parts: Buffer[] = [];
      const count = Math.floor(random() * 12);
      for (let k = 0; k < count; k++) {
        const pool = random() < 0.08 ? BAD : PIECES;
        parts.push(pool[Math.floor(random() * pool.length)] as Buffer);
      }
      const bytes = Buffer.concat(parts);
      const bad = firstInvalidUtf8Byte(bytes);
      const cut = bad < 0 ? bytes.length : bad;
      const expected =
        new TextDecoder('utf-8').decode(bytes.subarray(0, cut)) + new TextDecoder('windows-1252').decode(bytes.subarray(cut));
      const decoder = createTextChunkDecoder('utf-8');
      let text = '';
      for (let at = 0; at < bytes.length;) {
        const next = Math.min(bytes.length, at + Math.floor(random() * 6));
        for (const piece of decoder.push(bytes.subarray(at, next), false)) text += piece.text;
        at = next;
      }
      for (const piece of decoder.push(new Uint8Array(0), true)) text += piece.text;
      expect(text, bytes.toString('hex')).toBe(expected);
    }
  });
});

describe('UTF-8 byte checks', () => {
  it('finds the first invalid byte, rejecting overlongs and surrogates', () => {
    expect(firstInvalidUtf8Byte(Buffer.from('abc é 😀'))).toBe(-1);
    expect(firstInvalidUtf8Byte(Buffer.from([0x61, 0xe9, 0x62]))).toBe(1);
    expect(firstInvalidUtf8Byte(Buffer.from([0x61, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8Byte(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
  });

  it('holds back a character cut at the end of a chunk', () => {
    const euro = Buffer.from('a€');
    expect(completeUtf8Length(euro)).toBe(4);
    expect(completeUtf8Length(euro.subarray(0, 3))).toBe(1);
    expect(completeUtf8Length(Buffer.from('abc'))).toBe(3);
  });
});
