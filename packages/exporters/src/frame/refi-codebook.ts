import { themeGuid, type CodingFrame, type ThemeCode } from '@dh/core';
import { renderXml, xml, type XmlElement } from '../common/xml-element.js';
import type { Translator } from '../texts/export-texts.js';

function codeElement(code: ThemeCode, tr: Translator): XmlElement {
  const notes = [
    code.include && `Include: ${tr.text(code.include)}`,
    code.exclude && `Exclude: ${tr.text(code.exclude)}`,
    code.example && `Example: ${tr.text(code.example)}`,
  ].filter(Boolean);
  const description = [tr.text(code.definition), ...notes].join('\n');
  return xml('Code', { guid: themeGuid(code.id), name: `${tr.text(code.label)} [${code.id}]`, isCodable: 'true' }, [
    xml('Description', undefined, description),
    ...code.children.map((c) => codeElement(c, tr)),
  ]);
}

/**
 * The frame as a REFI-QDA codebook (`.qdc`, namespace urn:QDA-XML:codebook:1.0, REFI-QDA
 * 1.5), the exchange file NVivo, ATLAS.ti, MAXQDA and QualCoder import. Each code's name
 * ends with its id in brackets and its GUID is derived from the id, so a coded project read
 * back by dh validate maps every code to the frame, by GUID first, then by id.
 */
export function refiCodebook(frame: CodingFrame, tr: Translator): string {
  const root = xml('CodeBook', { xmlns: 'urn:QDA-XML:codebook:1.0', origin: `dh ${frame.id} ${frame.version}` }, [
    xml(
      'Codes',
      undefined,
      frame.codes.map((c) => codeElement(c, tr)),
    ),
  ]);
  return `<?xml version="1.0" encoding="utf-8"?>\n${renderXml(root)}\n`;
}
