import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** A code of the project's codebook, with its place in the hierarchy. */
export interface QdpxCode {
  readonly guid: string;
  readonly name: string;
}

/** One coding: a code applied to (part of) a source. */
export interface QdpxCoding {
  /** The source the coding is on. */
  readonly source: string;
  readonly code: string;
  /** Character positions in the source's plain text, for a text selection. */
  readonly start?: number;
  readonly end?: number;
}

export interface QdpxSource {
  readonly guid: string;
  readonly name: string;
  /** `internal://<file>` or a path: where the source's plain text is. */
  readonly plainTextPath?: string;
  /** The plain text held in the project file itself, when there is no path. */
  readonly plainText?: string;
}

/** What dh needs of a REFI-QDA project (project.qde): codes, cases, text sources and codings. */
export interface QdpxProject {
  readonly codes: readonly QdpxCode[];
  /** Case name of each source GUID that a case refers to. */
  readonly caseOfSource: ReadonlyMap<string, string>;
  readonly sources: readonly QdpxSource[];
  readonly codings: readonly QdpxCoding[];
}

/** Thrown inside the reader only: why project.qde cannot be read, completing "… cannot be read: …". */
export class QdpxError extends Error {}

/** Deeper nesting than any QDA program writes (codes nest a few levels). */
const MAX_DEPTH = 64;
/** Inline plain text kept per source: a transcript is a few hundred kilobytes. */
const MAX_INLINE_TEXT = 16 * 1024 * 1024;
const SOURCE_ELEMENTS = new Set(['TextSource', 'PictureSource', 'PDFSource', 'AudioSource', 'VideoSource']);

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);
const guidOf = (value: string | undefined): string =>
  (value ?? '')
    .trim()
    .replace(/^\{|\}$/g, '')
    .toLowerCase();

/**
 * Reads project.qde as it streams in, keeping only what dh uses. A document type declaration is
 * refused outright (no entity of a file from outside is ever defined, let alone resolved); the
 * parser knows XML's five predefined entities and no others.
 */
export async function parseQdpxProject(chunks: AsyncIterable<Buffer>): Promise<QdpxProject> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const codes: QdpxCode[] = [];
  const caseOfSource = new Map<string, string>();
  const sources: QdpxSource[] = [];
  const codings: QdpxCoding[] = [];
  const stack: string[] = [];
  let failure: QdpxError | undefined;
  let currentCase: string | undefined;
  let source: { guid: string; name: string; plainTextPath?: string; text?: string } | undefined;
  let selection: { start?: number; end?: number } | undefined;
  let inlineText: string[] | undefined;
  let inlineLength = 0;
  let sawRoot = false;

  const fail = (message: string): void => {
    failure ??= new QdpxError(`${message} (line ${parser.line})`);
  };
  parser.on('doctype', () => fail('it declares a document type (a DTD), which a REFI-QDA project never does'));
  parser.on('error', (error) => fail(`it is not well-formed XML: ${error.message.replace(/^\d+:\d+: /, '')}`));
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (!sawRoot) {
      sawRoot = true;
      if (name !== 'Project') fail(`its root element is <${tag.name}>, not a REFI-QDA <Project>`);
    }
    stack.push(name);
    if (stack.length > MAX_DEPTH) return fail(`it nests elements more than ${MAX_DEPTH} levels deep`);
    const attr = (key: string): string | undefined => tag.attributes[key];
    const parent = stack[stack.length - 2];
    if (name === 'Code' && (parent === 'Codes' || parent === 'Code')) {
      codes.push({ guid: guidOf(attr('guid')), name: attr('name') ?? '' });
    } else if (name === 'Case') {
      currentCase = attr('name') ?? '';
    } else if (name === 'SourceRef' && parent === 'Case' && currentCase !== undefined) {
      caseOfSource.set(guidOf(attr('targetGUID')), currentCase);
    } else if (SOURCE_ELEMENTS.has(name) && parent === 'Sources') {
      const path = attr('plainTextPath');
      source = { guid: guidOf(attr('guid')), name: attr('name') ?? '', ...(path !== undefined && { plainTextPath: path }) };
    } else if (source && name === 'PlainTextContent' && parent !== undefined && SOURCE_ELEMENTS.has(parent)) {
      inlineText = [];
      inlineLength = 0;
    } else if (source && name.endsWith('Selection')) {
      const start = Number(attr('startPosition'));
      const end = Number(attr('endPosition'));
      selection = Number.isInteger(start) && Number.isInteger(end) && end >= start ? { start, end } : {};
    } else if (source && name === 'CodeRef' && parent === 'Coding') {
      codings.push({ source: source.guid, code: guidOf(attr('targetGUID')), ...selection });
    }
  });
  parser.on('text', (text) => {
    if (!inlineText) return;
    inlineLength += text.length;
    if (inlineLength > MAX_INLINE_TEXT) return fail(`a source's text in the project file is over ${MAX_INLINE_TEXT / 1024 / 1024} MB`);
    inlineText.push(text);
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    stack.pop();
    if (name === 'Case') currentCase = undefined;
    else if (name === 'PlainTextContent' && source && inlineText) {
      source.text = inlineText.join('');
      inlineText = undefined;
    } else if (source && name.endsWith('Selection')) selection = undefined;
    else if (source && SOURCE_ELEMENTS.has(name) && stack[stack.length - 1] === 'Sources') {
      const { guid, name: sourceName, plainTextPath, text } = source;
      sources.push({
        guid,
        name: sourceName,
        ...(plainTextPath !== undefined && { plainTextPath }),
        ...(text !== undefined && { plainText: text }),
      });
      source = undefined;
    }
  });

  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of chunks) {
      parser.write(decoder.decode(chunk, { stream: true }));
      if (failure) throw failure;
    }
    parser.write(decoder.decode());
    parser.close();
  } catch (error) {
    if (error instanceof QdpxError) throw error;
    if (failure) throw failure;
    throw new QdpxError(error instanceof TypeError ? 'it is not UTF-8 text' : `it is not well-formed XML: ${(error as Error).message}`);
  }
  if (failure) throw failure;
  if (!sawRoot) throw new QdpxError('it holds no XML');
  return { codes, caseOfSource, sources, codings };
}
