// The coding frames a team imports into NVivo, ATLAS.ti, MAXQDA or QualCoder are the `.qdc` files
// `dh instruments build` writes for the real interview activities, in every language of the
// assessment. The exporters' own test checks a frame of its own against the REFI-QDA schema; this
// one checks the four frames teams use, as built, with the same schema and libxml2 validator.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test/run-cli.js';

const workspaceRoot = fileURLToPath(new URL('../../..', import.meta.url));
const INTERVIEW_ACTIVITIES = [
  'law-enforcement-interviews',
  'duty-bearer-interviews',
  'access-to-justice-interviews',
  'survivor-conversations',
];

const schema = XmlDocument.fromString(readFileSync(new URL('../../exporters/test/refi/Codebook.xsd', import.meta.url), 'utf8'));
const validator = XsdValidator.fromDoc(schema);
afterAll(() => {
  validator.dispose();
  schema.dispose();
});

/** libxml2's own message when the document breaks the schema (or is no XML at all), else undefined. */
function schemaError(xml: string): string | undefined {
  let doc: XmlDocument | undefined;
  try {
    doc = XmlDocument.fromString(xml);
    validator.validate(doc);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    doc?.dispose();
  }
}

function qdcFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.qdc'))
    .sort();
}

describe('the REFI-QDA codebooks of the interview activities, as dh instruments build writes them for examples/xa', () => {
  const out = mkdtempSync(join(tmpdir(), 'dh-refi-codebooks-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  let files: string[] = [];

  beforeAll(() => {
    const run = runCli(['instruments', 'build', 'examples/xa', '--out', out], { cwd: workspaceRoot });
    expect(run.status, run.stderr).toBe(0);
    files = qdcFiles(out);
  });

  it('are built for each of the four interview activities, in each language of the assessment', () => {
    const languages = (JSON.parse(readFileSync(join(workspaceRoot, 'examples/xa/assessment.json'), 'utf8')) as { languages: string[] })
      .languages;
    for (const activity of INTERVIEW_ACTIVITIES) {
      const own = files.filter((file) => file.startsWith(`${activity}/`));
      expect(own.map((file) => file.replace(/^.*\.([^.]+)\.qdc$/, '$1')).sort(), activity).toEqual([...languages].sort());
    }
  });

  it('are each valid against the REFI-QDA Codebook.xsd', () => {
    expect(files.length).toBeGreaterThanOrEqual(INTERVIEW_ACTIVITIES.length);
    const invalid = files
      .map((file) => ({ file, error: schemaError(readFileSync(join(out, file), 'utf8')) }))
      .filter((result) => result.error !== undefined);
    expect(invalid).toEqual([]);
  });

  it('the check is real: a built codebook with a malformed GUID is refused', () => {
    const [first] = files;
    if (first === undefined) throw new Error('no codebook was built');
    const qdc = readFileSync(join(out, first), 'utf8');
    expect(schemaError(qdc)).toBeUndefined();
    expect(schemaError(qdc.replace(/guid="[^"]+"/, 'guid="not-a-guid"'))).toMatch(/guid/i);
  });
});
