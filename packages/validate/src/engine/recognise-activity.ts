import type { BuiltActivity, CodingFrame } from '@dh/core';
import { RecordColumnNames } from '../columns/column-map.js';
import { recogniseRecordType } from '../columns/recognise-record-type.js';
import { openTable } from '../readers/open-table.js';
import type { ReadProblem } from '../readers/read-problem.js';

export interface ActivityCandidate {
  readonly id: string;
  readonly built: BuiltActivity;
}

export interface ActivityRecognition {
  /** The one activity whose record types every readable file matches; undefined when none or several do. */
  readonly activity?: string;
  /** Activities that recognise every readable file (more than one: the headers cannot tell them apart). */
  readonly matching: readonly string[];
  /** Files that could not be opened, with why: they say nothing about the activity. */
  readonly unreadable: readonly ReadProblem[];
}

/**
 * Which installed activity a set of files belongs to, judged from their headers alone, the
 * way each file's record type is recognised. Only the header is read.
 */
export async function recogniseActivity(
  files: readonly string[],
  candidates: readonly ActivityCandidate[],
  options: { readonly maxBytes?: number } = {},
): Promise<ActivityRecognition> {
  const names = candidates.map((c) => ({
    id: c.id,
    names: c.built.recordTypes.map((r) => new RecordColumnNames(r)),
    frames: framesOf(c.built),
  }));
  let matching = candidates.map((c) => c.id);
  const unreadable: ReadProblem[] = [];
  let read = 0;
  for (const file of files) {
    const recognising = new Set<string>();
    // The header is read once; only a REFI-QDA project, read through each activity's coding
    // frames, is opened again per activity.
    const plain = await openTable(file, options);
    let problem: ReadProblem | undefined;
    for (const candidate of names) {
      if (!matching.includes(candidate.id)) continue;
      const opened =
        plain.status === 'success' && plain.table.format !== 'qdpx'
          ? plain
          : await openTable(file, { ...options, codingFrames: candidate.frames });
      if (opened.status === 'failure') {
        problem ??= opened.problem;
        continue;
      }
      if (recogniseRecordType(opened.table.header, candidate.names).best !== undefined) recognising.add(candidate.id);
    }
    if (recognising.size === 0 && problem !== undefined) {
      unreadable.push(problem);
      continue;
    }
    read += 1;
    matching = matching.filter((id) => recognising.has(id));
  }
  if (read === 0) matching = [];
  const [only] = matching;
  return { ...(matching.length === 1 && only !== undefined && { activity: only }), matching, unreadable };
}

const framesOf = (built: BuiltActivity): CodingFrame[] => built.instruments.filter((i) => i.kind === 'coding-frame');
