import { readProblem, type ReadProblem } from './read-problem.js';
import type { EncodingFallback } from './text-chunk-decoder.js';

/** Said where the first non-UTF-8 byte is, because that is where a partner looks for wrong letters. */
export function encodingFallbackProblem(file: string, row: number, fallback: EncodingFallback, unit: 'row' | 'line' = 'row'): ReadProblem {
  const where = `${unit === 'row' ? 'Row' : 'Line'} ${row}`;
  const message = fallback.mixed
    ? `${where} holds bytes that are not valid UTF-8 although the text before is UTF-8: the file mixes two encodings; from there on it is read as Windows-1252.`
    : `${where} holds bytes that are not valid UTF-8, so the file is read as Windows-1252 (Western European).`;
  return readProblem({
    code: 'encoding-fallback',
    file,
    row,
    message,
    hint: 'Check that accented letters look right; to be sure, save the file as UTF-8 (Excel: Save As › "CSV UTF-8").',
  });
}
