/** The activity's version, and so its guide's, log's and coding frame's (docs/architecture.md § versioning); a test keeps it equal to the package's. */
export const ACCESS_TO_JUSTICE_INTERVIEWS_VERSION = '0.1.0';

export const ACTIVITY_ID = 'access-to-justice-interviews';
