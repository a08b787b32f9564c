import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument } from './csv.js';

describe('CSV cells', () => {
  it('keep text a spreadsheet would run as a formula as text', () => {
    expect(csvCell('=HYPERLINK("http://x","click")')).toBe(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(csvCell('+cmd')).toBe("'+cmd");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('+254712')).toBe("'+254712");
  });

  it('write numbers, plain numeric codes and empty cells as they are', () => {
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell('-98')).toBe('-98');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quote delimiters, quotes and line breaks (RFC 4180)', () => {
    expect(csvDocument(['a', 'b'], [['x,y', 'say "hi"\nthen']])).toBe('a,b\r\n"x,y","say ""hi""\nthen"\r\n');
  });
});
