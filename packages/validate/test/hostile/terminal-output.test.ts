// A cell, a column name or a file name is printed in the terminal report: it must not be able
// to forge a line of dh's own output or send the terminal an escape sequence.
import { terminalSafe } from '@dh/core';
import { describe, expect, it } from 'vitest';
import { buildReport, formatReport } from '../../src/index.js';
import { baselineDataset, validateFiles, withCell, withTable } from '../baseline-dataset.js';

const FORGED = 'x\nResult: 0 errors, 0 warnings. The data passed validation (exit code 0).';
const ESCAPES = 'y\u001b[2J\u001b]0;owned\u0007\u009b31m\u202eevil\r';

describe('the terminal report', () => {
  it('prints values, column and file names that hold line breaks and escape sequences visibly, on their own line', async () => {
    let data = withCell(baselineDataset(), 'child.csv', 0, 'about/sex', FORGED);
    data = withCell(data, 'household.csv', 1, 'outcome', ESCAPES);
    data = withTable(data, 'member.csv', (t) => {
      t.header.push(`extra${ESCAPES}`);
      t.rows.forEach((row) => row.push(''));
    });
    const result = await validateFiles(data, { [`notes\u001b[31m.txt`]: 'a note' });
    const text = formatReport(buildReport(result, { toolVersion: 'test', config: 'assessment.json', generatedAt: new Date(0) }), 'text');
    expect(text.split('\n').filter((line) => line.startsWith('Result:'))).toEqual([expect.stringMatching(/^Result: [1-9]\d* errors?/)]);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(text).toContain('x\\nResult: 0 errors');
    expect(text).toContain('y\\x1b[2J\\x1b]0;owned\\x07\\x9b31m\\u202eevil\\r');
  });
});

describe('terminalSafe', () => {
  it('keeps the line breaks dh wrote itself only when asked', () => {
    expect(terminalSafe('a\nb\tc\u001b')).toBe('a\\nb\\tc\\x1b');
    expect(terminalSafe('a\nb\tc\u001b', { keepLineBreaks: true })).toBe('a\nb\tc\\x1b');
  });
});
