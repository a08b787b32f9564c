import type { Issue } from '@dh/core';
import { maskIdentifiers, type IdentifierScanOptions } from '../values/personal-identifier-values.js';

/**
 * An issue with every personal identifier in its texts replaced by a placeholder (`[phone
 * number]`, `[email address]`…): its value, field (a column may be named after one), message
 * and parameters. A report never copies what may identify a person (docs/methodology.md §
 * reporting and data protection). The file name, which the user typed, is left as it is.
 */
export function maskIssue(issue: Issue, options: IdentifierScanOptions): Issue {
  const file = issue.file;
  const mask = (text: string): string => {
    if (file === undefined || file === '' || !text.includes(file)) return maskIdentifiers(text, options);
    return text
      .split(file)
      .map((part) => maskIdentifiers(part, options))
      .join(file);
  };
  const params = Object.fromEntries(
    Object.entries(issue.params).map(([key, value]) => [key, typeof value === 'string' ? mask(value) : value]),
  );
  return {
    ...issue,
    message: mask(issue.message),
    params,
    ...(issue.value !== undefined && { value: mask(issue.value) }),
    ...(issue.field !== undefined && { field: mask(issue.field) }),
    ...(issue.record !== undefined && { record: mask(issue.record) }),
  };
}
