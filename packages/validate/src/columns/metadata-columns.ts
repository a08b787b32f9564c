/**
 * Columns that ODK Central and KoboToolbox add to every export (docs/formats.md § XLSForm): they
 * describe the submission, not an answer, so they are tolerated beside the record's fields.
 * `phonenumber` and `email` metadata are deliberately absent: they identify a person, so the
 * data-protection check looks at them like any other column.
 */
const METADATA_NAMES: ReadonlySet<string> = new Set([
  // XLSForm metadata question types (Kobo keeps their names as columns).
  'start',
  'end',
  'today',
  'deviceid',
  'subscriberid',
  'simserial',
  'username',
  'audit',
  'instanceid',
  'instancename',
  // ODK Central CSV exports.
  'submissiondate',
  'key',
  'parent_key',
  'submitterid',
  'submittername',
  'attachmentspresent',
  'attachmentsexpected',
  'status',
  'reviewstate',
  'deviceid',
  'edits',
  'formversion',
  // ODK Briefcase.
  'isvalidated',
]);

/** Prefixes of metadata: `meta/instanceID`, `meta-instanceID` (Central), `formhub/uuid` (Kobo), Briefcase's `SET-OF-<repeat>` links to repeat files. */
const METADATA_PREFIXES = ['meta/', 'meta-', 'meta.', 'formhub/', 'formhub-', 'set-of-'];

/**
 * True for export metadata: the names above in any letter case, Kobo's underscore columns
 * (`_uuid`, `_submission_time`, `_index`, `_parent_index`, `__version__`, `_id`, …) and the
 * `meta` group.
 */
export function isMetadataColumn(column: string): boolean {
  if (column.startsWith('_')) return true;
  const lower = column.toLowerCase();
  if (METADATA_NAMES.has(lower)) return true;
  return METADATA_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
