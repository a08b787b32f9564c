import { open } from 'node:fs/promises';
import { detectEncoding, type TextEncodingName } from './detect-encoding.js';

/** Enough bytes to recognise a format and a header line, little enough to read on every open. */
const SNIFF_BYTES = 64 * 1024;

/** What the first bytes of a file say it is. */
export type Sniff =
  | { readonly kind: 'zip' }
  /** An OLE2 compound file: a legacy .xls, or an .xlsx protected with a password. */
  | { readonly kind: 'ole2' }
  | { readonly kind: 'binary' }
  | { readonly kind: 'blank' }
  | { readonly kind: 'text'; readonly encoding: TextEncodingName; readonly sample: string };

export async function sniffFile(path: string): Promise<Sniff> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    const size = (await handle.stat()).size;
    return classify(buffer.subarray(0, bytesRead), bytesRead >= size);
  } finally {
    await handle.close();
  }
}

function classify(bytes: Uint8Array, wholeFile: boolean): Sniff {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { kind: 'zip' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'ole2' };
  const encoding = detectEncoding(bytes);
  const sample = new TextDecoder(encoding).decode(bytes);
  if (looksBinary(sample)) return { kind: 'binary' };
  if (wholeFile && sample.trim() === '') return { kind: 'blank' };
  return { kind: 'text', encoding, sample };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/**
 * Text never holds NUL once decoded, and holds few other control characters (tab, line breaks,
 * form feed and the DOS end-of-file mark are normal): images, archives and databases hold many.
 */
function looksBinary(sample: string): boolean {
  let controls = 0;
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    if (code === 0) return true;
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0x1a) controls++;
  }
  return controls > sample.length * 0.05;
}
