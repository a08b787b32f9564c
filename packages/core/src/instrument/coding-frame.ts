import type { Text } from './types.js';
import { InstrumentDefinitionError, XML_NAME } from './check-instrument.js';

/**
 * A theme code of a coding frame: a stable id (its identity across versions, and the seed of
 * its REFI-QDA GUID), a label, a definition and the notes coders need.
 */
export interface ThemeCode {
  readonly id: string;
  readonly label: Text;
  readonly definition: Text;
  readonly include?: Text;
  readonly exclude?: Text;
  readonly example?: Text;
  readonly children: readonly ThemeCode[];
}

/**
 * Where the codings of a QDA project (a REFI-QDA `.qdpx`) go: the record type of coded
 * segments and its fields. With it, `dh validate` reads a team's project export directly.
 */
export interface CodedSegments {
  readonly recordType: string;
  readonly fields: {
    /** The interview code: the project's case, else its text source's name without extension. */
    readonly interview: string;
    /** The theme code: the frame's, matched by GUID, then by id or name. */
    readonly theme: string;
    /** The frame version the codes come from. */
    readonly frameVersion: string;
    /** The coded text, cut to `excerptLimit` characters; absent to keep no text at all. */
    readonly excerpt?: string;
  };
  readonly excerptLimit?: number;
}

/** A versioned hierarchy of theme codes (docs/methodology.md § the interview activities). */
export interface CodingFrame {
  readonly kind: 'coding-frame';
  readonly id: string;
  readonly title: Text;
  readonly version: string;
  readonly codes: readonly ThemeCode[];
  readonly segments?: CodedSegments;
}

export interface ThemeCodeDraft {
  readonly id: string;
  readonly label: string;
  readonly definition: string;
  readonly include?: string;
  readonly exclude?: string;
  readonly example?: string;
  readonly children?: readonly (ThemeCodeDraft | ThemeCode)[];
}

/**
 * A theme code with its texts keyed `themes.<id>.…`: the same code means the same text in
 * every frame that uses it, so codes shared by several activities are declared once and
 * cross-activity theme tables line up.
 */
export function themeCode(draft: ThemeCodeDraft): ThemeCode {
  const t = (part: string, en: string | undefined): Text | undefined =>
    en === undefined ? undefined : { key: `themes.${draft.id}.${part}`, en };
  const include = t('include', draft.include);
  const exclude = t('exclude', draft.exclude);
  const example = t('example', draft.example);
  return {
    id: draft.id,
    label: { key: `themes.${draft.id}.label`, en: draft.label },
    definition: { key: `themes.${draft.id}.definition`, en: draft.definition },
    ...(include && { include }),
    ...(exclude && { exclude }),
    ...(example && { example }),
    children: (draft.children ?? []).map(built),
  };
}

/** A code declared elsewhere (shared) stays as it is; a draft gets its keys. */
function built(code: ThemeCodeDraft | ThemeCode): ThemeCode {
  return typeof code.label === 'string' ? themeCode(code as ThemeCodeDraft) : (code as ThemeCode);
}

/** Every code of a frame, parents before their children. */
export function frameCodes(frame: Pick<CodingFrame, 'codes'>): ThemeCode[] {
  const out: ThemeCode[] = [];
  const visit = (codes: readonly ThemeCode[]): void => {
    for (const code of codes) {
      out.push(code);
      visit(code.children);
    }
  };
  visit(frame.codes);
  return out;
}

export function defineCodingFrame(draft: {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly codes: readonly (ThemeCodeDraft | ThemeCode)[];
  readonly segments?: CodedSegments;
}): CodingFrame {
  const frame: CodingFrame = {
    kind: 'coding-frame',
    id: draft.id,
    title: { key: `${draft.id}.title`, en: draft.title },
    version: draft.version,
    codes: draft.codes.map(built),
    ...(draft.segments && { segments: draft.segments }),
  };
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const code of frameCodes(frame)) {
    if (!XML_NAME.test(code.id)) problems.push(`theme code "${code.id}" is not a name (letters, digits, _ . -)`);
    if (seen.has(code.id)) problems.push(`theme code "${code.id}" appears twice`);
    seen.add(code.id);
  }
  if (problems.length > 0)
    throw new InstrumentDefinitionError(`Coding frame "${draft.id}" is not well defined:\n- ${problems.join('\n- ')}`);
  return frame;
}
