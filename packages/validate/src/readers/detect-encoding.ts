/** Encodings a reader starts with; UTF-8 may still fall back to Windows-1252 while streaming. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * Chooses the encoding from the first bytes: a byte-order mark when there is one, else the NUL
 * pattern that ASCII-heavy UTF-16 shows (Excel's "Unicode text" export has a BOM, but some tools
 * drop it), else UTF-8.
 */
export function detectEncoding(sample: Uint8Array): TextEncodingName {
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  return utf16ByNulPattern(sample) ?? 'utf-8';
}

function utf16ByNulPattern(sample: Uint8Array): TextEncodingName | undefined {
  const pairs = Math.floor(Math.min(sample.length, 4096) / 2);
  if (pairs < 2) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let pair = 0; pair < pairs; pair++) {
    if (sample[2 * pair] === 0) evenNuls++;
    if (sample[2 * pair + 1] === 0) oddNuls++;
  }
  // Latin text in UTF-16 has a zero in nearly every other byte and almost never in the rest.
  if (oddNuls >= pairs * 0.7 && evenNuls <= pairs * 0.05) return 'utf-16le';
  if (evenNuls >= pairs * 0.7 && oddNuls <= pairs * 0.05) return 'utf-16be';
  return undefined;
}
