import type { EncodingFallback, TextPiece } from './text-chunk-decoder.js';

export type LineEvent =
  | { readonly kind: 'line'; readonly line: number; readonly text: string }
  /** The first byte that was not UTF-8 is on this line. */
  | { readonly kind: 'fallback'; readonly line: number; readonly fallback: EncodingFallback }
  /** No line break within the limit: a binary or corrupt file, or not line-delimited at all. */
  | { readonly kind: 'too-long'; readonly line: number };

/** Splits decoded text into lines (LF or CRLF) numbered from 1; stops after a too-long line. */
export async function* textLines(pieces: AsyncIterable<TextPiece>, maxLineChars: number): AsyncGenerator<LineEvent> {
  let pending = '';
  let line = 1;
  for await (const piece of pieces) {
    if (piece.fallback) yield { kind: 'fallback', line, fallback: piece.fallback };
    // Only the new text can hold a line break: rescanning a long pending line would be quadratic.
    const searchFrom = pending.length;
    pending += piece.text;
    let start = 0;
    for (let end = pending.indexOf('\n', searchFrom); end !== -1; end = pending.indexOf('\n', start)) {
      yield { kind: 'line', line: line++, text: withoutCarriageReturn(pending.slice(start, end)) };
      start = end + 1;
    }
    pending = pending.slice(start);
    if (pending.length > maxLineChars) {
      yield { kind: 'too-long', line };
      return;
    }
  }
  if (pending !== '') yield { kind: 'line', line, text: withoutCarriageReturn(pending) };
}

function withoutCarriageReturn(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}
