/** The checklist version: the package's version (docs/architecture.md § versioning); a test keeps them equal. */
export const LEGAL_POLICY_REVIEW_VERSION = '0.1.0';

export const ACTIVITY_ID = 'legal-policy-review';

/** Data of this compatibility line are comparable (docs/methodology.md § comparability; 0.x: this minor). */
export const ACCEPTS_VERSIONS = `^${LEGAL_POLICY_REVIEW_VERSION}`;
