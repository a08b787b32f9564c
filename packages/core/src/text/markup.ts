const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text as XML or HTML character data or a quoted attribute value: the five escapes, and the
 * characters XML 1.0 cannot carry at all (controls other than tab and line breaks) dropped
 * rather than written. Data values and config labels can hold anything.
 */
export function escapeXml(text: string | number | undefined): string {
  if (text === undefined) return '';
  return String(text)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] ?? ch);
}

/** HTML text and attribute values use the same escapes. */
export const escapeHtml = escapeXml;

/**
 * Text inside Markdown (a table cell or a line): characters that would start formatting,
 * links, HTML or a table column are backslash-escaped; line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/([\\`*_[\]#|<>&])/g, '\\$1');
}
