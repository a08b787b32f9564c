import { Buffer } from 'buffer';

export { Buffer };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** `buffer.isUtf8` of Node: the bytes are well-formed UTF-8. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** `buffer.isAscii` of Node: every byte below 0x80. */
export function isAscii(bytes: Uint8Array): boolean {
  for (let index = 0; index < bytes.length; index++) if ((bytes[index] as number) > 0x7f) return false;
  return true;
}
