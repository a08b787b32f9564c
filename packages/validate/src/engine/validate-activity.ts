import { IssueCatalogue, type ActivityDefinition, type AssessmentConfig, type BuiltActivity } from '@dh/core';
import { buildReport, type ValidationReport } from '../report/validation-report.js';
import { activityRefusalIssue } from './activity-refusal.js';
import type { RowThreads } from './row-threads.js';
import { validateDataset, type ValidationProgress } from './validate-dataset.js';

export interface ValidateActivityOptions {
  readonly definition: ActivityDefinition;
  /** The activity built for the assessment (`definition.build(config)`). */
  readonly built: BuiltActivity;
  /** The assessment's config, when the data belong to one: refusals, personal-data formats. */
  readonly config?: AssessmentConfig;
  /** How the report names the assessment.json used. */
  readonly configLabel?: string;
  /** Data files or folders, named as the user knows them. */
  readonly files: readonly string[];
  readonly toolVersion: string;
  readonly strict?: boolean;
  readonly examplesPerCode?: number;
  readonly recordType?: string;
  readonly maxBytes?: number;
  readonly sheet?: string;
  readonly onProgress?: (progress: ValidationProgress) => void;
  /** Threads sharing the row checks of large files (`@dh/validate/threads`); the report is the same without them. */
  readonly rowThreads?: RowThreads;
}

/**
 * One activity's data checked and reported: what `dh validate` runs for each activity and what
 * the offline validator page runs in the browser, so both give the same report for the same files.
 */
export async function validateActivity(options: ValidateActivityOptions): Promise<ValidationReport> {
  const { definition, config } = options;
  const refusal = activityRefusalIssue(definition, config);
  const result = await validateDataset({
    activity: options.built,
    catalogue: IssueCatalogue.of([definition]),
    files: options.files,
    activityLabel: `${definition.id} ${definition.version}`,
    ...(options.examplesPerCode !== undefined && { examplesPerCode: options.examplesPerCode }),
    ...(options.recordType !== undefined && { recordType: options.recordType }),
    ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
    ...(options.sheet !== undefined && { sheet: options.sheet }),
    ...(refusal !== undefined && { preconditions: [refusal] }),
    ...(config && { personalData: config.personalData }),
    ...(options.onProgress && { onProgress: options.onProgress }),
    ...(options.rowThreads && { rowThreads: options.rowThreads }),
  });
  return buildReport(result, {
    toolVersion: options.toolVersion,
    activityId: definition.id,
    activityVersion: definition.version,
    strict: options.strict === true,
    ...(options.configLabel !== undefined && { config: options.configLabel }),
  });
}
