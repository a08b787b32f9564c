// A team codes its interviews in NVivo, ATLAS.ti, MAXQDA or QualCoder and exports a REFI-QDA
// project (.qdpx). dh validate reads it as coded segments: codes mapped to the frame (by GUID,
// then by the id in the name, then by name), each source to its interview, nothing of a
// transcript kept beyond the excerpt; and a hostile archive or XML is refused clearly.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { themeGuid } from '@dh/core';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport, formatReport, validateDataset, type ValidationResult } from '../src/index.js';
import { qdpxActivity as activity } from './qdpx-activity.js';

const root = mkdtempSync(join(tmpdir(), 'dh-qdpx-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SECRET = 'This sentence was never coded and must stay in the transcript.';
const GUID = {
  user: '11111111-2222-3333-4444-555555555555',
  foreign: 'a0a0a0a0-b1b1-c2c2-d3d3-e4e4e4e4e4e4',
  renamed: 'c0c0c0c0-0000-4000-8000-000000000001',
  case1: 'c0c0c0c0-0000-4000-8000-000000000002',
  source1: 'c0c0c0c0-0000-4000-8000-000000000003',
  source2: 'c0c0c0c0-0000-4000-8000-000000000004',
};
const transcript1 = `Q: Were you trained? A: Nobody showed us how to take evidence from a phone. ${SECRET} Q: And the families? A: They say the girl sent the pictures, so it is her fault.`;
const transcript2 = `A: Call me on +254 712 345 678 if you need more. The bribes are the real problem here.`;

/** Positions of a phrase in a text, as REFI-QDA counts them (characters). */
function span(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`no "${phrase}"`);
  return { start, end: start + phrase.length };
}

function selection(guid: string, text: string, phrase: string, code: string): string {
  const { start, end } = span(text, phrase);
  return `<PlainTextSelection guid="${guid}" startPosition="${start}" endPosition="${end}" creatingUser="${GUID.user}"><Coding guid="${guid.replace(/.$/, 'f')}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`;
}

/** A project in the shape NVivo and ATLAS.ti export: nested codes, a case, sources as files in sources/. */
function projectXml(options: { readonly prolog?: string } = {}): string {
  return `<?xml version="1.0" encoding="utf-8"?>${options.prolog ?? ''}
<Project xmlns="urn:QDA-XML:project:1.0" name="LE interviews" origin="NVivo 14" creatingUserGUID="${GUID.user}">
  <Users><User guid="${GUID.user}" name="Coder 1"/></Users>
  <CodeBook><Codes>
    <Code guid="{${themeGuid('capacity').toUpperCase()}}" name="Capacity [capacity]" isCodable="true">
      <Code guid="${themeGuid('training_gap')}" name="Lack of training [training_gap]" isCodable="true"/>
    </Code>
    <Code guid="${GUID.renamed}" name="Victim blaming, as we call it [victim_blaming]" isCodable="true"/>
    <Code guid="${GUID.foreign}" name="Corruption" isCodable="true"/>
  </Codes></CodeBook>
  <Cases><Case guid="${GUID.case1}" name="LE-001"><SourceRef targetGUID="${GUID.source1}"/></Case></Cases>
  <Sources>
    <TextSource guid="${GUID.source1}" name="Interview one.docx" plainTextPath="internal://${GUID.source1}.txt">
      ${selection('d0d0d0d0-0000-4000-8000-000000000001', transcript1, 'Nobody showed us how to take evidence from a phone.', themeGuid('training_gap'))}
      ${selection('d0d0d0d0-0000-4000-8000-000000000002', transcript1, 'They say the girl sent the pictures, so it is her fault.', GUID.renamed)}
    </TextSource>
    <TextSource guid="${GUID.source2}" name="LE-002.txt">
      <PlainTextContent>${transcript2}</PlainTextContent>
      ${selection('d0d0d0d0-0000-4000-8000-000000000003', transcript2, 'Call me on +254 712 345 678 if you need more.', themeGuid('capacity'))}
      ${selection('d0d0d0d0-0000-4000-8000-000000000004', transcript2, 'The bribes are the real problem here.', GUID.foreign)}
    </TextSource>
  </Sources>
</Project>`;
}

function qdpx(name: string, entries: Record<string, string>): string {
  const path = join(root, name);
  writeFileSync(path, zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, strToU8(v)]))));
  return path;
}

async function validate(path: string): Promise<ValidationResult> {
  return validateDataset({
    activity,
    files: [path],
    collect: new Map([['coded_segment', ['interview_code', 'theme_code', 'frame_version', 'excerpt']]]),
  });
}

describe('a REFI-QDA project export (.qdpx)', () => {
  it('is read as coded segments: codes by GUID, by the id in their name, else reported as outside the frame', async () => {
    const path = qdpx('coded.qdpx', { 'project.qde': projectXml(), [`sources/${GUID.source1}.txt`]: transcript1 });
    const result = await validate(path);
    const table = result.collected.get('coded_segment');
    const column = (name: string) => table?.columns.get(name) ?? [];
    expect(column('interview_code')).toEqual(['LE-001', 'LE-001', 'LE-002', 'LE-002']);
    expect(column('theme_code')).toEqual(['training_gap', 'victim_blaming', 'capacity', 'Corruption']);
    expect(column('frame_version')).toEqual(['1.1.0', '1.1.0', '1.1.0', '1.1.0']);
    expect(column('excerpt')[0]).toBe('Nobody showed us how to take evidence from a phone.');
    // A code the team added outside the frame is reported, not counted.
    const outside = result.issues.find((i) => i.code === 'unknown-code');
    expect(outside).toMatchObject({ field: 'theme_code', row: 4 });
    expect(outside?.message).toContain('"Corruption" is not a code of list "theme"');
    // An excerpt holding a phone number is flagged, and no report copies it.
    expect(result.issues.find((i) => i.code === 'personal-identifier-value')).toMatchObject({ field: 'excerpt', row: 3 });
    const report = buildReport(result, { toolVersion: 'test', generatedAt: new Date(0) });
    for (const format of ['text', 'json', 'csv', 'html'] as const) {
      const text = formatReport(report, format);
      expect(text, format).not.toContain('712 345');
      expect(text, format).not.toContain(SECRET);
      expect(text, format).not.toContain('bribes');
    }
    expect(report.files[0]).toMatchObject({ format: 'qdpx', recordType: 'coded_segment', rows: 4 });
  });

  it.each([
    [
      'a document type that defines entities (XXE)',
      { 'project.qde': projectXml({ prolog: '<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>' }) },
      /declares a document type/,
    ],
    ['an entity it never defines', { 'project.qde': projectXml().replace('name="Coder 1"', 'name="&x;"') }, /not well-formed XML/],
    ['XML that is not well-formed', { 'project.qde': projectXml().replace('</Sources>', '') }, /not well-formed XML/],
    [
      'another root element',
      { 'project.qde': '<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>' },
      /not a REFI-QDA <Project>/,
    ],
    ['no project.qde', { 'sources/a.txt': 'text' }, /holds no REFI-QDA project \(no project\.qde\)/],
  ])('with %s is refused with a clear message', async (_name, entries, message) => {
    const result = await validate(qdpx('hostile.qdpx', entries));
    const issue = result.issues.find((i) => i.code === 'file-unreadable');
    expect(issue?.message).toMatch(/cannot be read as a REFI-QDA project: /);
    expect(issue?.message).toMatch(message);
    expect(result.collected.get('coded_segment')?.size ?? 0).toBe(0);
    expect(issue?.message).not.toContain('root:');
  });

  it('that is not a zip at all is refused like any other binary file', async () => {
    const path = join(root, 'plain.qdpx');
    writeFileSync(path, readFileSync(new URL(import.meta.url)));
    const result = await validate(path);
    expect(result.totals.error).toBeGreaterThan(0);
  });
});
