import type { BuiltActivity } from '../activity/activity-definition.js';
import type { GeneratedFile } from '../generated/generated-files.js';
import { recordArtefacts } from '../generated/record-artefacts.js';
import { instrumentTexts } from '../instrument/translations.js';

/**
 * The committed, generated files of an interview activity for its published defaults
 * (docs/architecture.md, principle 1): the JSON Schema and TypeScript types of every record type,
 * and `translations/en.json`, the English source of every text of its instruments by key.
 * Throws when one key carries two English texts: a translation would then mean two things.
 */
export async function interviewStudyArtefacts(built: BuiltActivity): Promise<GeneratedFile[]> {
  const texts: Record<string, string> = {};
  for (const text of built.instruments.flatMap(instrumentTexts)) {
    const seen = texts[text.key];
    if (seen !== undefined && seen !== text.en)
      throw new Error(`Translation key ${text.key} has two English texts: "${seen}" and "${text.en}"`);
    texts[text.key] = text.en;
  }
  const schemas = await recordArtefacts(built.recordTypes);
  return [...schemas, { path: 'translations/en.json', content: `${JSON.stringify(texts, null, 2)}\n` }];
}
