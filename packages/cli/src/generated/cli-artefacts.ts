import {
  activitySnapshotJsonSchema,
  assessmentConfigJsonSchema,
  issueCodesMarkdown,
  IssueCatalogue,
  type ActivityDefinition,
  type GeneratedFile,
} from '@dh/core';

/**
 * The files this distribution of dh publishes from its installed activities: the JSON
 * Schema of assessment.json (core's options with every activity's settings section composed
 * in), which every scaffold's `$schema` names; the JSON Schema of the activity snapshots
 * `dh versions publish` writes; and the docs page of every issue code.
 */
export function cliArtefacts(activities: readonly ActivityDefinition[]): {
  readonly package: GeneratedFile[];
  readonly workspace: GeneratedFile[];
} {
  return {
    package: [
      { path: 'schema/assessment.schema.json', content: `${JSON.stringify(assessmentConfigJsonSchema(activities), null, 2)}\n` },
      { path: 'schema/activity-snapshot.schema.json', content: `${JSON.stringify(activitySnapshotJsonSchema(), null, 2)}\n` },
    ],
    workspace: [{ path: 'docs/reference/issue-codes.md', content: issueCodesMarkdown(IssueCatalogue.of(activities)) }],
  };
}
