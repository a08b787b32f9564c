import { describe, expect, it, vi } from 'vitest';
import { buildXlsform } from './build-xlsform.js';
import { readXlsform } from './read-xlsform.js';
import { writeXlsform } from './write-xlsform.js';
import { smallInstrument } from '../../test/core-fixtures.js';

describe('a written XLSForm', () => {
  it('has the same bytes whenever it is built from the same source, so committed forms do not drift', async () => {
    const { workbook } = buildXlsform(smallInstrument, { languages: ['en'] });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2021-03-04T05:06:07Z'));
      const first = await writeXlsform(workbook);
      vi.setSystemTime(new Date('2024-11-12T13:14:15Z'));
      const second = await writeXlsform(workbook);
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('still opens as the same workbook', async () => {
    const { workbook } = buildXlsform(smallInstrument, { languages: ['en'] });
    expect(await readXlsform(await writeXlsform(workbook))).toEqual(workbook);
  });
});
