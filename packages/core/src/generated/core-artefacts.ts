import { assessmentConfigJsonSchema } from '../config/load-assessment-config.js';
import type { GeneratedFile } from './generated-files.js';
import { issueCodesMarkdown } from './issue-codes-doc.js';

/** Core's published files: the JSON Schema that `assessment.json` names in `$schema`. */
export function coreArtefacts(): GeneratedFile[] {
  return [{ path: 'schema/assessment.schema.json', content: `${JSON.stringify(assessmentConfigJsonSchema(), null, 2)}\n` }];
}

/** Generated pages of the workspace docs (paths relative to the workspace root). */
export function workspaceDocArtefacts(): GeneratedFile[] {
  return [{ path: 'docs/reference/issue-codes.md', content: issueCodesMarkdown() }];
}
