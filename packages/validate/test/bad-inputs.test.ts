import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildReport, exitCodeOf, formatText, validateDataset } from '../src/index.js';
import { baselineDataset } from './baseline-dataset.js';
import { csv, scratchFolder } from './fixture-files.js';
import { buildZip } from './fixtures/readers/zip-bytes.js';
import { testActivity } from './test-activity.js';

const child = baselineDataset()['child.csv'];
if (!child) throw new Error('no child table');
const childText = csv(child.header, child.rows);

async function workbookWithFormula(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('members');
  sheet.addRow(['member_hh_id', 'line', 'member_age']);
  sheet.addRow(['H1', 1, 40]);
  sheet.getCell('C2').value = { formula: '38+2', result: 40 };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function zipBomb(): Buffer {
  const zeros = Buffer.alloc(64 * 1024 * 1024);
  return buildZip([
    { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
    { name: 'xl/sharedStrings.xml', data: deflateRawSync(zeros, { level: 9 }), method: 8, declaredSize: zeros.length },
  ]);
}

interface BadInput {
  readonly kind: string;
  readonly name: string;
  readonly content: () => string | Uint8Array | Promise<Uint8Array>;
  readonly exit: number;
  /** What the first issue's message must say (it names the file, and the row where there is one). */
  readonly says: RegExp;
  readonly row?: number;
  readonly maxBytes?: number;
}

const inputs: BadInput[] = [
  {
    kind: 'malformed CSV (a quote never closed)',
    name: 'child.csv',
    content: () => childText.replace('I told my sister', '"I told my sister'),
    exit: 1,
    says: /quoted value opened in row 3 is never closed/,
    row: 3,
  },
  {
    kind: 'ragged rows',
    name: 'child.csv',
    content: () => childText.replace('I told my sister', 'I told my sister,twice'),
    exit: 1,
    says: /Row 3 has 17 cells but the header has 16 columns/,
    row: 3,
  },
  { kind: 'an empty file', name: 'child.csv', content: () => '', exit: 2, says: /child\.csv is empty \(0 bytes\)/ },
  {
    kind: 'column names and no data rows',
    name: 'child.csv',
    content: () => `${child.header.join(',')}\r\n`,
    exit: 0,
    says: /No records: the file has column names but no rows of data/,
  },
  {
    kind: 'a binary file named .csv',
    name: 'child.csv',
    content: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    exit: 2,
    says: /child\.csv cannot be read as a table because it holds binary data/,
  },
  {
    kind: 'a .xlsx that is not a zip',
    name: 'household.xlsx',
    content: () => 'hh_id,stratum\nH1,north_urban\n',
    exit: 2,
    says: /household\.xlsx cannot be read as an Excel workbook: it is a text file/,
  },
  {
    kind: 'a zip bomb',
    name: 'household.xlsx',
    content: zipBomb,
    exit: 2,
    says: /household\.xlsx was not opened because its part xl\/sharedStrings\.xml would expand \d+ times/,
  },
  {
    kind: 'formula cells',
    name: 'member.xlsx',
    content: workbookWithFormula,
    exit: 0,
    says: /Cell C2 on sheet "members" \(column member_age\) holds the formula =38\+2/,
    row: 2,
  },
  {
    kind: 'a JSON key __proto__',
    name: 'child.json',
    content: () => '[{"child_id": "C1", "__proto__": {"polluted": true}}]',
    exit: 2,
    says: /child\.json uses the key "__proto__"/,
  },
  {
    kind: 'a file over the size limit',
    name: 'child.csv',
    content: () => childText,
    exit: 2,
    says: /child\.csv is [\d,]+ bytes, more than the 100-byte limit/,
    maxBytes: 100,
  },
];

describe('bad input files', () => {
  it.each(inputs)(
    '$kind: a clear message naming the file, exit $exit, input untouched',
    async ({ name, content, exit, says, row, maxBytes }) => {
      const folder = scratchFolder();
      try {
        const path = folder.write(name, await content());
        const before = createHash('sha256').update(readFileSync(path)).digest('hex');
        const result = await validateDataset({ activity: testActivity, files: [path], ...(maxBytes !== undefined && { maxBytes }) });
        const first = result.issues[0];
        expect(first?.message).toMatch(says);
        expect(first?.file).toBe(path);
        if (row !== undefined) expect(first?.row).toBe(row);
        expect(exitCodeOf(result)).toBe(exit);
        const text = formatText(buildReport(result, { toolVersion: '0.0.0' }));
        expect(text).toContain(first?.message);
        expect(text).toContain(`exit code ${exit}`);
        expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
      } finally {
        folder.remove();
      }
    },
  );

  it('marks a file whose reading stopped as incomplete, and still checks the rows before the problem', async () => {
    const folder = scratchFolder();
    try {
      const broken = csv(child.header, [...child.rows.slice(0, 2), ['C9', 'H1', 'yes', '40']]).replace('C9', '"C9');
      const result = await validateDataset({ activity: testActivity, files: [folder.write('child.csv', broken)] });
      expect(result.files[0]).toMatchObject({ status: 'incomplete', rows: 2 });
      expect(result.issues.map((i) => i.code)).toContain('malformed-row');
    } finally {
      folder.remove();
    }
  });
});
