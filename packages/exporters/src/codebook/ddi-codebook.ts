import type { Instrument } from '@dh/core';
import { renderXml, xml, type XmlElement } from '../common/xml-element.js';
import { codebookOf, type Codebook, type CodebookOptions, type CodebookRecordType, type CodebookVariable } from './codebook-model.js';

export interface DdiOptions extends CodebookOptions {
  /** The study the instrument belongs to, e.g. "Disrupting Harm in Kenya"; defaults to the instrument title. */
  readonly studyTitle?: string;
}

const NAMESPACE = 'ddi:codebook:2_5';
const SCHEMA_LOCATION = `${NAMESPACE} https://ddialliance.org/Specification/DDI-Codebook/2.5/XMLSchema/codebook.xsd`;

/**
 * The codebook as DDI-Codebook 2.5 XML (docs/formats.md § DDI), for archives such as NADA:
 * `docDscr`, `stdyDscr`, one `fileDscr` per record type, and one `dataDscr/var` per
 * variable, children in the order the 2.5 schema's sequence requires.
 */
export function ddiCodebook(instrument: Instrument, options: DdiOptions = {}): string {
  const codebook = codebookOf(instrument, options.recordTypes);
  const root = xml(
    'codeBook',
    {
      xmlns: NAMESPACE,
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': SCHEMA_LOCATION,
      version: '2.5',
      ID: xmlId('CB', codebook.instrumentId),
      'xml:lang': 'en',
    },
    [
      docDscr(codebook),
      stdyDscr(codebook, options.studyTitle ?? codebook.title),
      ...codebook.recordTypes.map(fileDscr),
      xml(
        'dataDscr',
        undefined,
        codebook.recordTypes.flatMap((r) => r.variables.map(variable)),
      ),
    ],
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderXml(root)}\n`;
}

/** An XML ID (NCName) from a prefix and a name: characters an NCName cannot hold become `_`. */
function xmlId(prefix: string, name: string): string {
  return `${prefix}-${name.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

function docDscr(codebook: Codebook): XmlElement {
  return xml('docDscr', undefined, [
    xml('citation', undefined, [
      xml('titlStmt', undefined, [xml('titl', undefined, `Codebook: ${codebook.title}`)]),
      xml('prodStmt', undefined, [xml('software', undefined, 'dh (@dh/exporters), generated from the instrument definition')]),
      xml('verStmt', undefined, [xml('version', undefined, codebook.version)]),
    ]),
  ]);
}

function stdyDscr(codebook: Codebook, studyTitle: string): XmlElement {
  return xml('stdyDscr', undefined, [
    xml('citation', undefined, [
      xml('titlStmt', undefined, [xml('titl', undefined, studyTitle), xml('IDNo', undefined, codebook.instrumentId)]),
      xml('verStmt', undefined, [xml('version', undefined, codebook.version)]),
    ]),
  ]);
}

function fileDscr(recordType: CodebookRecordType): XmlElement {
  return xml('fileDscr', { ID: xmlId('F', recordType.name) }, [
    xml('fileTxt', undefined, [
      xml('fileName', undefined, `${recordType.name}.csv`),
      xml(
        'fileCont',
        undefined,
        `${recordType.title}: one row per ${recordType.name} record, identified by ${recordType.key.join(' + ')}.`,
      ),
      xml('dimensns', undefined, [xml('varQnty', undefined, String(recordType.variables.length))]),
    ]),
  ]);
}

function variable(v: CodebookVariable): XmlElement {
  const numeric = v.valueType === 'integer' || v.valueType === 'number';
  const hasRange = v.minimum !== undefined || v.maximum !== undefined;
  return xml('var', { ID: xmlId('V', v.name), name: v.name, files: xmlId('F', v.recordType), intrvl: numeric ? 'contin' : 'discrete' }, [
    xml('labl', undefined, v.question ?? v.label ?? v.name),
    v.selfCompleted && xml('respUnit', undefined, 'Self-completed: the respondent answers alone on the tablet'),
    v.question !== undefined &&
      xml('qstn', undefined, [xml('qstnLit', undefined, v.question), v.hint !== undefined && xml('ivuInstr', undefined, v.hint)]),
    hasRange &&
      xml('valrng', undefined, [xml('range', { UNITS: v.valueType === 'integer' ? 'INT' : 'REAL', min: v.minimum, max: v.maximum })]),
    xml('universe', { clusion: 'I' }, v.universe),
    ...v.codes.map((c) =>
      xml('catgry', c.missing ? { missing: 'Y' } : undefined, [xml('catValu', undefined, c.code), xml('labl', undefined, c.label)]),
    ),
    v.calculation &&
      xml('derivation', undefined, [
        xml('drvdesc', undefined, v.calculation.words),
        xml('drvcmd', { syntax: 'XLSForm' }, v.calculation.xlsform),
      ]),
    varFormat(v),
    ...notes(v).map((note) => xml('notes', undefined, note)),
  ]);
}

function varFormat(v: CodebookVariable): XmlElement {
  if (v.valueType === 'integer' || v.valueType === 'number') return xml('varFormat', { type: 'numeric' });
  if (v.valueType === 'date') return xml('varFormat', { type: 'character', schema: 'ISO', formatname: 'YYYY-MM-DD', category: 'date' });
  return xml('varFormat', { type: 'character' });
}

function notes(v: CodebookVariable): string[] {
  const out = [`Type: ${v.typeText}. Required: ${v.required ? (v.asked === 'always' ? 'yes' : 'yes, when asked') : 'no'}.`];
  if (v.key) out.push('Part of the record key.');
  if (!v.collected) out.push('Added to the data after collection; not asked.');
  if (v.constraint)
    out.push(
      `Constraint: ${v.constraint.words} (XLSForm: ${v.constraint.xlsform})${v.constraint.message !== undefined ? `; message: ${v.constraint.message}` : ''}.`,
    );
  if (v.extensionList) out.push('The codes come from an extension list each country fills.');
  if (v.path.length > 0) out.push(`ODK export column: ${[...v.path, v.name].join('/')}.`);
  return out;
}
