import { mapColumns, type ColumnMap, type RecordColumnNames } from './column-map.js';

/**
 * Below this share of agreement a header is not taken for a record type: a caregiver file
 * shares ids and design variables with a child file, but not a third of its columns.
 */
export const RECOGNITION_THRESHOLD = 0.3;

export interface Recognition {
  /** The best match, or undefined when none reaches the threshold. */
  readonly best?: ColumnMap;
  readonly score: number;
  /** The best match even below the threshold, to name in the message. */
  readonly closest?: ColumnMap;
}

/**
 * Agreement of a header with a record type: fields found, over fields expected plus columns
 * that are neither a field nor export metadata (a Jaccard index that ignores metadata).
 */
export function matchScore(map: ColumnMap): number {
  const denominator = map.recordType.fields.length + map.extra.length;
  return denominator === 0 ? 0 : map.matched / denominator;
}

/** Which record type a file holds, judged from its header alone. */
export function recogniseRecordType(header: readonly string[], candidates: readonly RecordColumnNames[]): Recognition {
  let closest: ColumnMap | undefined;
  let bestScore = -1;
  for (const names of candidates) {
    const map = mapColumns(header, names);
    const score = matchScore(map);
    if (score > bestScore || (score === bestScore && closest !== undefined && map.matched > closest.matched)) {
      closest = map;
      bestScore = score;
    }
  }
  const score = Math.max(0, bestScore);
  if (closest === undefined) return { score };
  return score >= RECOGNITION_THRESHOLD && closest.matched > 0 ? { best: closest, score, closest } : { score, closest };
}
