// A report never copies a value that may identify a person (docs/methodology.md § reporting
// and data protection), in any format, whatever issue carries it; and identifiers are found
// wherever they are: free text, typed ids, columns the record type does not have.
import { describe, expect, it } from 'vitest';
import { buildReport, formatReport, REPORT_FORMATS } from '../src/index.js';
import { baselineDataset, countOf, validateFiles, withCell, withTable } from './baseline-dataset.js';

const PHONE = '+254 712 345 678';
const EMAIL = 'amina.k@example.org';
const NAME = 'Mrs Wanjiru Kamau';
const ADDRESS = '14 Moi Avenue';
const NATIONAL_ID = 'KE-77123456Q';

/** Every piece of each identifier that could point to the person. */
const LEAKS = ['712 345', '345 678', 'amina', 'example.org', 'Wanjiru', 'Kamau', 'Moi Avenue', '77123456'];

function hostile() {
  let data = baselineDataset();
  // Identifiers where a number, a code or an id belongs: type errors, unknown codes, duplicate ids.
  data = withCell(data, 'household.csv', 0, 'n_children', PHONE);
  data = withCell(data, 'child.csv', 0, 'about/sex', EMAIL);
  data = withCell(data, 'child.csv', 1, 'child_id', PHONE);
  data = withCell(data, 'child.csv', 2, 'child_id', PHONE);
  data = withCell(data, 'caregiver.csv', 0, 'caregiver_id', NATIONAL_ID);
  // Free text, and columns the record type does not have.
  data = withCell(data, 'child.csv', 1, 'sensitive/comment', `${NAME} lives at ${ADDRESS}`);
  data = withTable(data, 'household.csv', (t) => {
    t.header.push('notes', 'contact', EMAIL);
    t.rows.forEach((row, i) => row.push(i === 0 ? `call ${NAME}` : '', i === 1 ? PHONE : '', i === 2 ? 'x' : ''));
  });
  return data;
}

describe('personal identifiers in partner data', () => {
  it('are found in free text, in ids and in columns the record type does not have', async () => {
    const result = await validateFiles(hostile(), {}, { personalData: { idPatterns: ['KE-\\d{8}[A-Z]'], titles: [] } });
    const found = result.issues
      .filter((i) => i.code === 'personal-identifier-value')
      .map((i) => `${i.record}.${i.field}: ${String(i.params['kind'])}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'child.comment: a name',
        'child.child_id: a phone number',
        'caregiver.caregiver_id: an ID number',
        'household.notes: a name',
        'household.contact: a phone number',
      ]),
    );
  });

  it.each(REPORT_FORMATS)('never reach the %s report, whichever issue carries them', async (format) => {
    const result = await validateFiles(hostile(), {}, { personalData: { idPatterns: ['KE-\\d{8}[A-Z]'], titles: [] } });
    expect(countOf(result, 'type-error') + countOf(result, 'duplicate-id') + countOf(result, 'unknown-code')).toBeGreaterThan(2);
    const text = formatReport(buildReport(result, { toolVersion: 'test', config: 'assessment.json', generatedAt: new Date(0) }), format);
    for (const leak of LEAKS) expect(text, leak).not.toContain(leak);
    expect(text).toMatch(/\[phone number\]|\[email address\]/);
  });

  it('stays masked in the result itself, for every caller', async () => {
    const result = await validateFiles(hostile(), {}, { personalData: { idPatterns: ['KE-\\d{8}[A-Z]'], titles: [] } });
    const everything = JSON.stringify(result.issues);
    for (const leak of LEAKS) expect(everything, leak).not.toContain(leak);
  });
});
