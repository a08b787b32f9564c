import { instrumentTexts, recordArtefacts, type GeneratedFile } from '@dh/core';
import { buildLegalPolicyReview } from './activity.js';

/**
 * The committed, generated files of this package: the JSON Schema and TypeScript types of the
 * record type and the English source of every text of the checklist, keyed as translations
 * are (docs/architecture.md, principle 1). `npm run generate` writes them; a test pins them.
 */
export async function legalPolicyReviewArtefacts(): Promise<GeneratedFile[]> {
  const built = buildLegalPolicyReview();
  const english = Object.fromEntries(built.instruments.flatMap(instrumentTexts).map((text) => [text.key, text.en]));
  return [
    ...(await recordArtefacts(built.recordTypes)),
    { path: 'translations/en.json', content: `${JSON.stringify(english, null, 2)}\n` },
  ];
}
