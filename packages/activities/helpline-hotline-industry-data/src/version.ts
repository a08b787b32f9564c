/** The instrument version: the package's version (docs/architecture.md § versioning); a test keeps them equal. */
export const HELPLINE_HOTLINE_INDUSTRY_DATA_VERSION = '0.1.0';

export const ACTIVITY_ID = 'helpline-hotline-industry-data';
