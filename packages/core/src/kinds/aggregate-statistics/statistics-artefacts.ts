import type { BuiltActivity } from '../../activity/activity-definition.js';
import type { GeneratedFile } from '../../generated/generated-files.js';
import { recordArtefacts } from '../../generated/record-artefacts.js';
import { instrumentTexts } from '../../instrument/translations.js';

/**
 * The committed, generated files of an aggregate-statistics package for its published
 * defaults (docs/architecture.md, principle 1): the JSON Schema and TypeScript types of its
 * record type and `translations/en.json`, every text of its data request by key. Throws where
 * one key would carry two English texts.
 */
export async function statisticsArtefacts(built: BuiltActivity): Promise<GeneratedFile[]> {
  const texts: Record<string, string> = {};
  for (const text of built.instruments.flatMap(instrumentTexts)) {
    const seen = texts[text.key];
    if (seen !== undefined && seen !== text.en)
      throw new Error(`Translation key ${text.key} has two English texts: "${seen}" and "${text.en}"`);
    texts[text.key] = text.en;
  }
  const english = { path: 'translations/en.json', content: `${JSON.stringify(texts, null, 2)}\n` };
  return [...(await recordArtefacts(built.recordTypes)), english];
}
