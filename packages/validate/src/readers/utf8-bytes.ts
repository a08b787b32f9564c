/**
 * Byte-level UTF-8 checks. Node's `isUtf8` says *whether* a chunk is valid; these say *where*,
 * so a partner is told which row holds the first bad byte.
 */

/** Length of the prefix made of whole sequences: a character cut by a chunk boundary waits for the next chunk. */
export function completeUtf8Length(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let back = 1; back <= Math.min(3, length); back++) {
    const byte = bytes[length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const expected = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return expected > back ? length - back : length;
  }
  return length;
}

/** Offset of the first byte that starts an invalid sequence (RFC 3629, no overlongs or surrogates), or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index++;
      continue;
    }
    const length = sequenceLength(lead);
    if (length === 0 || !continuationsValid(bytes, index, lead, length)) return index;
    index += length;
  }
  return -1;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function continuationsValid(bytes: Uint8Array, index: number, lead: number, length: number): boolean {
  // The second byte's range is narrower after some leads: this rules out overlongs, surrogates and > U+10FFFF.
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  const second = bytes[index + 1];
  if (second === undefined || second < low || second > high) return false;
  for (let offset = 2; offset < length; offset++) {
    const next = bytes[index + offset];
    if (next === undefined || (next & 0xc0) !== 0x80) return false;
  }
  return true;
}
