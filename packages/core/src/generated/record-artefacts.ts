import type { RecordType } from '../records/record-type.js';
import { recordJsonSchema } from '../records/json-schema.js';
import { recordTypeScript } from '../records/typescript-types.js';
import type { GeneratedFile } from './generated-files.js';

function pascalCase(name: string): string {
  return name.replace(/(^|[-_.])([a-z0-9])/g, (_m, _sep: string, ch: string) => ch.toUpperCase());
}

/** The published schema and types of each record type: `schema/<record>.schema.json` and `.d.ts`. */
export async function recordArtefacts(recordTypes: readonly RecordType[], dir = 'schema'): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [];
  for (const recordType of recordTypes) {
    const schema = recordJsonSchema(recordType);
    files.push({ path: `${dir}/${recordType.name}.schema.json`, content: `${JSON.stringify(schema, null, 2)}\n` });
    files.push({ path: `${dir}/${recordType.name}.d.ts`, content: await recordTypeScript(schema, `${pascalCase(recordType.name)}Record`) });
  }
  return files;
}
