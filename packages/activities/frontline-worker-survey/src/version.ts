/** The instrument version: the package's version (docs/architecture.md § versioning); a test keeps them equal. */
export const FRONTLINE_WORKER_SURVEY_VERSION = '0.1.0';

export const ACTIVITY_ID = 'frontline-worker-survey';

/** Data of this compatibility line are comparable (docs/methodology.md § comparability; 0.x: this minor). */
export const ACCEPTS_VERSIONS = `^${FRONTLINE_WORKER_SURVEY_VERSION}`;
