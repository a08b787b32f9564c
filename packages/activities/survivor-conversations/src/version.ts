/** The activity's version, and so its guide's, log's and coding frame's (docs/architecture.md § versioning); a test keeps it equal to the package's. */
export const SURVIVOR_CONVERSATIONS_VERSION = '0.1.0';

export const ACTIVITY_ID = 'survivor-conversations';
