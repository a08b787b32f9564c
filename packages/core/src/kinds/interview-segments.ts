import { z } from 'zod';
import type { DatasetRule, RecordLink } from '../activity/contracts.js';
import { compatibilityLine, parseVersion } from '../activity/versions.js';
import { answerText } from '../expression/evaluate.js';
import { frameCodes, type CodedSegments, type CodingFrame } from '../instrument/coding-frame.js';
import type { IssueInput } from '../issues/issue.js';
import { defineRecordType, freeText, textLike } from '../records/define-record-type.js';
import type { RecordType } from '../records/record-type.js';
import { interviewIssueCodes } from './interview-issues.js';
import { INTERVIEW_LOG } from './interview-log.js';

/** The record type of coded segments: one row per segment of a transcript coded with one theme. */
export const CODED_SEGMENT = 'coded_segment';

/** The longest excerpt a coded segment may carry: enough to check a code, too short to retell an interview. */
export const EXCERPT_MAX_LENGTH = 300;

/**
 * Where a REFI-QDA project's codings go (the frame's `segments`): every field of the coded
 * segment record, so `dh validate` reads a team's `.qdpx` export as exactly these records.
 */
export const CODED_SEGMENTS: CodedSegments = {
  recordType: CODED_SEGMENT,
  fields: { interview: 'interview_code', theme: 'theme', frameVersion: 'frame_version', excerpt: 'excerpt' },
  excerptLimit: EXCERPT_MAX_LENGTH,
};

const VERSION = /^\d+\.\d+\.\d+$/;

/**
 * Coded segments (docs/methodology.md § the interview activities): the interview, the theme
 * and the frame version it was coded with, and an optional short excerpt; nothing a QDA
 * project export does not give (`CODED_SEGMENTS`). The excerpt is free text, so validation
 * scans it for personal identifiers; no table reads it, and it is published only where the research
 * lead asks (`dh analyze --excerpts`), from data that pass validation. The theme is
 * any text rather than a code list: a code outside the declared frame version (in a project
 * export, the name the team gave it) is reported as such (`theme-outside-frame`), not as a
 * misspelt answer.
 */
export function codedSegmentRecordType(frame: CodingFrame): RecordType {
  return defineRecordType({
    name: CODED_SEGMENT,
    title: 'Coded segments',
    key: [],
    instrument: { id: frame.id, version: frame.version },
    lists: [],
    schema: z.strictObject({
      interview_code: z.string().meta({ description: 'Code of the interview the segment comes from, as in the interview log' }),
      theme: z.string().meta({ description: 'Theme code from the coding frame' }),
      frame_version: textLike(VERSION, 'a version such as 1.0.0').meta({
        description: 'Version of the coding frame the segment was coded with',
      }),
      excerpt: freeText(EXCERPT_MAX_LENGTH)
        .nullable()
        .meta({
          description: `Short excerpt (at most ${EXCERPT_MAX_LENGTH} characters), only where needed to check the coding: never a name or anything else that identifies a person. Published only where the research lead asks for excerpts (dh analyze --excerpts) and the data pass validation.`,
        }),
    }),
  });
}

/** Every coded segment comes from an interview in the log (a broken link is core's `broken-link`). */
export const SEGMENT_LINK: RecordLink = {
  from: { recordType: CODED_SEGMENT, fields: ['interview_code'] },
  to: { recordType: INTERVIEW_LOG, fields: ['interview_code'] },
};

/** The frame's closest code to a mistyped one (case, or at most two letters off), as "; did you mean …?". */
function closest(theme: string, codes: readonly string[]): string {
  const lower = theme.toLowerCase();
  const near = codes.find((c) => c.toLowerCase() === lower) ?? codes.find((c) => editDistance(c, lower, 2) <= 2);
  return near === undefined ? '' : ` (did you mean "${near}"?)`;
}

/** Levenshtein distance, stopping once it is certainly above `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...current) > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * Every segment's frame version is one this activity can read, and its theme is a code of that
 * frame. A frame is versioned with its activity: within one compatibility line codes are only
 * added (docs/methodology.md § comparability), so a segment coded with an earlier version of
 * the line is read with the installed frame; a later version, or another line, is not.
 */
export function frameRule(activityId: string, frame: CodingFrame): DatasetRule {
  const codes = interviewIssueCodes(activityId);
  const themes = frameCodes(frame).map((c) => c.id);
  const known = new Set(themes);
  const installed = parseVersion(frame.version);
  const line = compatibilityLine(frame.version);
  const readable = (version: string): boolean => {
    const v = parseVersion(version);
    if (!v || !installed || compatibilityLine(version) !== line) return false;
    return (v[0] - installed[0] || v[1] - installed[1] || v[2] - installed[2]) <= 0;
  };
  return {
    id: 'themes-in-declared-frame',
    description: `Every coded segment declares a version of coding frame ${frame.id} that this activity reads (${line}.x up to ${frame.version}), and carries a theme code of that frame.`,
    needs: { [CODED_SEGMENT]: ['theme', 'frame_version'] },
    *check(tables): Iterable<IssueInput> {
      const table = tables.get(CODED_SEGMENT);
      if (!table) return;
      for (let i = 0; i < table.rows.length; i++) {
        const values = table.rows[i] ?? {};
        const row = table.rowNumbers[i] ?? i + 2;
        const version = answerText(values['frame_version']).trim();
        const theme = answerText(values['theme']).trim();
        if (version === '' || theme === '') continue; // an empty required cell is reported as such
        if (!readable(version)) {
          yield {
            code: codes.frameVersionUnknown,
            file: table.file,
            record: CODED_SEGMENT,
            row,
            field: 'frame_version',
            value: version,
            params: {
              detail: `The segment in row ${row} declares coding frame version ${version}, but this activity reads ${frame.id} ${line}.x up to ${frame.version} only, so its theme cannot be checked. Record the version the segment was coded with, or code it again with frame ${frame.version}.`,
            },
          };
        } else if (!known.has(theme)) {
          yield {
            code: codes.themeOutsideFrame,
            file: table.file,
            record: CODED_SEGMENT,
            row,
            field: 'theme',
            value: theme,
            params: {
              detail: `The segment in row ${row} is coded "${theme}", which is not a theme of coding frame ${frame.id} ${version}${closest(theme, themes)}. Code it with one of the frame's themes, or correct the spelling.`,
            },
          };
        }
      }
    },
  };
}
