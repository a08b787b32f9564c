import { instrumentTexts, recordArtefacts, type ActivityInstrument, type GeneratedFile } from '@dh/core';
import { buildHouseholdSurvey } from './activity.js';

/** Every English text of the instruments by translation key; one key never carries two texts. */
export function englishTexts(instruments: readonly ActivityInstrument[]): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const text of instruments.flatMap(instrumentTexts)) {
    const seen = texts[text.key];
    if (seen !== undefined && seen !== text.en)
      throw new Error(`Translation key ${text.key} has two English texts: "${seen}" and "${text.en}"`);
    texts[text.key] = text.en;
  }
  return texts;
}

/**
 * The committed, generated files of this package, for the published defaults: the JSON
 * Schema and TypeScript types of every record type and the English source of every text
 * (docs/architecture.md, principle 1). `npm run generate` writes them; a test pins them.
 */
export async function householdSurveyArtefacts(): Promise<GeneratedFile[]> {
  const built = buildHouseholdSurvey();
  const schemas = await recordArtefacts(built.recordTypes);
  const english = { path: 'translations/en.json', content: `${JSON.stringify(englishTexts(built.instruments), null, 2)}\n` };
  return [...schemas, english];
}
