import { encodingFallbackProblem } from './encoding-fallback-problem.js';
import { decodeTextFile } from './decode-text-file.js';
import type { TextEncodingName } from './detect-encoding.js';
import { jsonErrorOffset } from './json-error-offset.js';
import { jsonInvalidAt } from './json-problems.js';
import { arrayElementLines } from './json-record-lines.js';
import type { ReadProblem } from './read-problem.js';

export interface JsonDocument {
  readonly value: unknown;
  /** Line where each top-level array element starts (empty when the document is no array). */
  readonly elementLines: number[];
  readonly warnings: ReadProblem[];
}

/** Reads and parses a whole JSON file; callers check its size first. */
export async function loadJsonDocument(file: string, encoding: TextEncodingName): Promise<JsonDocument | ReadProblem> {
  const pieces: string[] = [];
  const warnings: ReadProblem[] = [];
  let newlines = 0;
  for await (const piece of decodeTextFile(file, encoding)) {
    if (piece.fallback) warnings.push(encodingFallbackProblem(file, newlines + 1, piece.fallback, 'line'));
    newlines += countNewlines(piece.text);
    pieces.push(piece.text);
  }
  const text = pieces.join('');
  pieces.length = 0;
  try {
    const value: unknown = JSON.parse(text);
    return { value, elementLines: Array.isArray(value) ? arrayElementLines(text) : [], warnings };
  } catch (error) {
    return jsonInvalidAt(file, text, Math.max(0, jsonErrorOffset(text)), error);
  }
}

function countNewlines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  return count;
}
