import { open } from 'node:fs/promises';
import { frameCodes, themeGuid, type CodingFrame } from '@dh/core';
import { readArchiveParts } from './check-xlsx-zip.js';
import { parseQdpxProject, QdpxError, type QdpxProject, type QdpxSource } from './qdpx-project.js';
import { readProblem, type ReadProblem } from './read-problem.js';
import { RowBatchBuilder } from './row-batch-builder.js';
import { shownPartName } from './shown-part-name.js';
import { tableFailure, type TableResult } from './table-source.js';
import { verifyZipEntries } from './verify-zip-entries.js';
import { zipPartData, ZipPartError } from './zip-part-data.js';
import type { ZipPart } from './zip-local-headers.js';

/** A transcript is a few hundred kilobytes; a source part larger than this is not read for excerpts. */
const MAX_SOURCE_BYTES = 50 * 1024 * 1024;
const DEFAULT_EXCERPT_LIMIT = 300;

/** The coding frames a project's codes are matched to: those of the activity that say where coded segments go. */
export type QdpxFrames = readonly CodingFrame[];

function qdpxProblem(
  file: string,
  reason: string,
  hint = 'Export the project again from your QDA program (REFI-QDA project, .qdpx), and check it opens there.',
): ReadProblem {
  return readProblem({ code: 'qdpx-invalid', file, message: `${file} cannot be read as a REFI-QDA project: ${reason}.`, hint });
}

/**
 * A REFI-QDA project export (`.qdpx`: NVivo, ATLAS.ti, MAXQDA, QualCoder) read as coded segments:
 * one record per coding, with the interview (the source's case, else its name without
 * extension), the theme (the frame's code with this GUID, else the code whose id or name it
 * bears, else the project's own name for it, reported as outside the frame), the frame version,
 * and, where the frame asks for it, the coded text cut to the excerpt limit. Nothing else of
 * a transcript is kept. The archive gets the same guards as a workbook.
 */
export async function openQdpxTable(file: string, fileSize: number, frames: QdpxFrames): Promise<TableResult> {
  const frame = frames.find((f) => f.segments !== undefined);
  const segments = frame?.segments;
  if (!frame || !segments) {
    return tableFailure(
      qdpxProblem(
        file,
        'this activity has no coding frame whose coded segments dh could fill',
        'Validate the project with the interview activity it was coded for (--activity).',
      ),
    );
  }
  const handle = await open(file, 'r');
  let found;
  try {
    found = await readArchiveParts(handle, fileSize, { required: 'project.qde', what: 'REFI-QDA project' });
  } finally {
    await handle.close();
  }
  if (!('parts' in found)) return tableFailure(qdpxProblem(file, found.reason));
  const outside = found.parts.find((part) => pointsOutside(part.name));
  if (outside) {
    return tableFailure(
      qdpxProblem(
        file,
        `its part ${shownPartName(outside.name)} is named with a path that leads out of the archive (an absolute path or ..), which no QDA program writes`,
      ),
    );
  }
  const unsound = await verifyZipEntries(file, found.parts);
  if (unsound) return tableFailure(qdpxProblem(file, unsound.message));
  const parts = new Map(found.parts.map((p) => [p.name, p]));
  let project: QdpxProject;
  try {
    project = await parseQdpxProject(zipPartData(file, parts.get('project.qde') as ZipPart));
  } catch (error) {
    if (error instanceof QdpxError || error instanceof ZipPartError)
      return tableFailure(qdpxProblem(file, `its project.qde ${error.message}`));
    throw error;
  }

  const themeOf = themeMatcher(frame, project);
  const limit = segments.excerptLimit ?? DEFAULT_EXCERPT_LIMIT;
  const header = [
    segments.fields.interview,
    segments.fields.theme,
    segments.fields.frameVersion,
    ...(segments.fields.excerpt ? [segments.fields.excerpt] : []),
  ];
  const sourceByGuid = new Map(project.sources.map((s) => [s.guid, s]));
  const texts = new Map<string, string | undefined>();
  const textOf = async (source: QdpxSource): Promise<string | undefined> => {
    if (!texts.has(source.guid)) texts.set(source.guid, await sourceText(file, source, parts));
    return texts.get(source.guid);
  };

  const table = {
    file,
    format: 'qdpx' as const,
    header,
    rowUnit: 'record' as const,
    rows: async function* () {
      const batch = new RowBatchBuilder(file, header.length);
      for (const [index, coding] of project.codings.entries()) {
        const source = sourceByGuid.get(coding.source);
        const interview = project.caseOfSource.get(coding.source) ?? (source ? source.name.replace(/\.[A-Za-z0-9]{1,5}$/, '') : '');
        const cells = [interview, themeOf(coding.code), frame.version];
        if (segments.fields.excerpt) {
          const text = source && coding.start !== undefined && coding.end !== undefined ? await textOf(source) : undefined;
          cells.push(text === undefined ? '' : excerpt(text, coding.start ?? 0, coding.end ?? 0, limit));
        }
        batch.addAlignedRow(cells, index + 1);
        if (batch.size >= 1000) yield batch.take();
      }
      if (!batch.isEmpty) yield batch.take();
    },
  };
  return { status: 'success', table, warnings: [] };
}

/** The frame's code id for a project code GUID: by GUID, then by the `[id]` its name ends with, then by id or label. */
function themeMatcher(frame: CodingFrame, project: QdpxProject): (guid: string) => string {
  const codes = frameCodes(frame);
  const byGuid = new Map(codes.map((c) => [themeGuid(c.id).toLowerCase(), c.id]));
  const byName = new Map<string, string>();
  for (const c of codes) {
    byName.set(c.id.toLowerCase(), c.id);
    byName.set(c.label.en.trim().toLowerCase(), c.id);
  }
  const projectNames = new Map(project.codes.map((c) => [c.guid, c.name]));
  return (guid) => {
    const known = byGuid.get(guid);
    if (known) return known;
    const name = (projectNames.get(guid) ?? '').trim();
    const bracketed = /\[([^\]]+)\]\s*$/.exec(name)?.[1]?.trim().toLowerCase();
    return (bracketed !== undefined ? byName.get(bracketed) : undefined) ?? byName.get(name.toLowerCase()) ?? (name || guid);
  };
}

/** The coded text between two character positions, spaces folded, cut to the limit. */
function excerpt(text: string, start: number, end: number, limit: number): string {
  const characters = Array.from(text.slice(0, Math.min(text.length, end * 2 + 2)));
  return characters.slice(start, end).join('').replace(/\s+/g, ' ').trim().slice(0, limit);
}

/** A source's plain text: inline, or the `internal://` file of the archive's sources/ folder; nothing from outside it. */
async function sourceText(file: string, source: QdpxSource, parts: ReadonlyMap<string, ZipPart>): Promise<string | undefined> {
  if (source.plainText !== undefined) return source.plainText;
  const path = source.plainTextPath;
  if (path === undefined || !path.startsWith('internal://')) return undefined;
  const part = parts.get(`sources/${path.slice('internal://'.length)}`);
  if (!part || part.uncompressedSize > MAX_SOURCE_BYTES) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of zipPartData(file, part)) chunks.push(chunk);
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

/**
 * A part name that is absolute or climbs out with `..` (zip slip). dh reads parts by name and never
 * unpacks them, but such a name is made to reach files outside the archive in a program that does,
 * and a source's `internal://` path could be made to name it: the project is refused, not read.
 */
function pointsOutside(name: string): boolean {
  if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name)) return true;
  return name.split(/[\\/]/).includes('..');
}
