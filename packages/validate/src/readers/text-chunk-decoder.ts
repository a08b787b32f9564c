import { isAscii, isUtf8 } from 'node:buffer';
import type { TextEncodingName } from './detect-encoding.js';
import { completeUtf8Length, firstInvalidUtf8Byte } from './utf8-bytes.js';
import { utf8Text } from './utf8-text.js';

/** Decoded text; `fallback` marks the piece that starts with the first byte that was not UTF-8. */
export interface TextPiece {
  readonly text: string;
  readonly fallback?: EncodingFallback;
}

export interface EncodingFallback {
  /** Earlier text held valid non-ASCII UTF-8: the file mixes two encodings. */
  readonly mixed: boolean;
}

export interface TextChunkDecoder {
  push(bytes: Uint8Array, final: boolean): TextPiece[];
}

export function createTextChunkDecoder(encoding: TextEncodingName): TextChunkDecoder {
  if (encoding === 'utf-8') return new Utf8OrWindows1252Decoder();
  const decoder = new TextDecoder(encoding);
  return { push: (bytes, final) => [{ text: decoder.decode(bytes, { stream: !final }) }] };
}

const NO_BYTES = new Uint8Array(0);

/**
 * UTF-8 until the first invalid byte, Windows-1252 from there on. Switching at that byte gives the
 * same text as restarting the whole file in Windows-1252 whenever the text before it was ASCII
 * (the usual case: an Excel "CSV" saved on Windows), without re-reading rows already handed on.
 */
class Utf8OrWindows1252Decoder implements TextChunkDecoder {
  private readonly windows1252 = new TextDecoder('windows-1252');
  private carry: Uint8Array = NO_BYTES;
  private fellBack = false;
  private sawNonAscii = false;
  /** Nothing decoded yet: a byte order mark here is dropped, as `TextDecoder` drops it. */
  private atStart = true;

  push(chunk: Uint8Array, final: boolean): TextPiece[] {
    if (this.fellBack) return [{ text: this.windows1252.decode(chunk) }];
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const cut = final ? bytes.length : completeUtf8Length(bytes);
    const body = bytes.subarray(0, cut);
    this.carry = Uint8Array.prototype.slice.call(bytes, cut);
    if (isUtf8(body)) {
      if (!this.sawNonAscii && !isAscii(body)) this.sawNonAscii = true;
      return [{ text: this.wholeUtf8(body) }];
    }
    return this.fallBack(bytes, firstInvalidUtf8Byte(body));
  }

  /** Well-formed UTF-8 ending on a whole character, as text; a byte order mark at the start of the file dropped, as `TextDecoder` drops it. */
  private wholeUtf8(body: Uint8Array): string {
    if (body.length === 0) return '';
    const bom = this.atStart && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0;
    this.atStart = false;
    return utf8Text(body.subarray(bom));
  }

  private fallBack(bytes: Uint8Array, badOffset: number): TextPiece[] {
    const valid = bytes.subarray(0, badOffset);
    const mixed = this.sawNonAscii || !isAscii(valid);
    this.fellBack = true;
    this.carry = NO_BYTES;
    const pieces: TextPiece[] = [];
    if (valid.length > 0) pieces.push({ text: this.wholeUtf8(valid) });
    pieces.push({ text: this.windows1252.decode(bytes.subarray(badOffset)), fallback: { mixed } });
    return pieces;
  }
}
