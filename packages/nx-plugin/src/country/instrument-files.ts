import type { ActivityDefinition, AssessmentConfig, BuiltActivity } from '@dh/core';
import { activityArtefacts, type ExportFile } from '@dh/exporters';

/**
 * The `instruments/` folder of a new assessment: what `dh instruments build` publishes
 * (XLSForms in every language, codebooks, DDI, Table Schemas); `build(config)` has already
 * filled the country's lists.
 * At scaffold time nothing is translated yet, so other languages show the English text.
 */
export async function instrumentFilesFor(
  config: AssessmentConfig,
  activities: readonly ActivityDefinition[],
  built: ReadonlyMap<string, BuiltActivity>,
): Promise<ExportFile[]> {
  const files: ExportFile[] = [];
  for (const activity of activities) {
    const own = built.get(activity.id);
    if (!own) continue;
    const artefacts = await activityArtefacts({
      activity,
      built: own,
      languages: config.languages,
      studyTitle: `Disrupting Harm in ${config.name}`,
    });
    files.push(...artefacts.files.map((f) => ({ path: `instruments/${f.path}`, content: f.content })));
  }
  return files;
}
