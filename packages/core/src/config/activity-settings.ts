import type { z } from 'zod';
import type { AssessmentConfig } from './assessment-config.js';

/**
 * An activity's own settings from an assessment, parsed by its schema (so defaults are
 * filled even when the config was read without knowing the activity). Without a config, or
 * where the assessment does not run the activity, the published defaults are used.
 * Settings that do not parse are a bug in the caller (configs are checked when loaded).
 */
export function activitySettings<S extends z.ZodObject>(
  config: AssessmentConfig | undefined,
  id: string,
  schema: S,
  defaults: z.output<S>,
): z.output<S> {
  const raw = config?.activities[id]?.settings;
  if (raw === undefined) return defaults;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `activities.${id}.settings.${i.path.map(String).join('.')}: ${i.message}`).join('; ');
    throw new RangeError(`The settings of ${id} are not valid: ${detail}`);
  }
  return parsed.data;
}
