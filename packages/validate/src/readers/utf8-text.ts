import { Buffer } from 'node:buffer';

/**
 * Well-formed UTF-8 ending on a whole character, as text. Node's Buffer decoder is about six times
 * as quick as `TextDecoder` on Node 20 (38 MB in 4 ms against 26 ms); the browser page, whose
 * `Buffer` is a package decoding in JavaScript, has its own version built on `TextDecoder`
 * (validator-page `src/browser/shims/utf8-text.ts`).
 */
export function utf8Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
}
