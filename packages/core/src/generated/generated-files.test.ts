import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { smallInstrument } from '../../test/small-instrument.js';
import { recordTypesOf } from '../records/record-type.js';
import { checkGeneratedFiles, describeDrift, writeGeneratedFiles } from './generated-files.js';
import { recordArtefacts } from './record-artefacts.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dh-drift-'));
  dirs.push(dir);
  return dir;
};

describe('the drift check on generated artefacts', () => {
  it('passes right after generation', async () => {
    const root = scratch();
    const files = await recordArtefacts(recordTypesOf(smallInstrument));
    writeGeneratedFiles(root, files);
    expect(files.map((f) => f.path)).toEqual([
      'schema/respondent.schema.json',
      'schema/respondent.d.ts',
      'schema/member.schema.json',
      'schema/member.d.ts',
    ]);
    expect(checkGeneratedFiles(root, files, ['schema'])).toEqual([]);
  });

  it('fails when a generated file is edited by hand, and says how to regenerate', async () => {
    const root = scratch();
    const files = await recordArtefacts(recordTypesOf(smallInstrument));
    writeGeneratedFiles(root, files);
    const path = join(root, 'schema/respondent.schema.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"maximum": 17', '"maximum": 18'));
    const drift = checkGeneratedFiles(root, files, ['schema']);
    expect(drift).toEqual([{ path: 'schema/respondent.schema.json', problem: 'edited' }]);
    expect(describeDrift(drift, 'npm run generate')).toMatch(/schema\/respondent.schema.json: differs.*\n.*npm run generate/s);
  });

  it('fails when the source changes and the artefact is not regenerated', async () => {
    const root = scratch();
    const before = await recordArtefacts(recordTypesOf(smallInstrument));
    writeGeneratedFiles(root, before);
    const changed = { ...smallInstrument, version: '2.0.0' };
    expect(checkGeneratedFiles(root, await recordArtefacts(recordTypesOf(changed)), ['schema']).map((d) => d.problem)).toContain('edited');
  });

  it('reports missing and stale files', async () => {
    const root = scratch();
    const files = await recordArtefacts(recordTypesOf(smallInstrument));
    writeGeneratedFiles(root, files.slice(1));
    writeFileSync(join(root, 'schema/old.schema.json'), '{}');
    expect(checkGeneratedFiles(root, files, ['schema'])).toEqual([
      { path: 'schema/respondent.schema.json', problem: 'missing' },
      { path: 'schema/old.schema.json', problem: 'stale' },
    ]);
  });
});
