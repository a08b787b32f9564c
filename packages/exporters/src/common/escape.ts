const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text as XML character data or an attribute value. Characters XML 1.0 cannot carry at all
 * (control characters other than tab and line breaks) are dropped rather than written.
 */
export function escapeXml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] ?? ch);
}

/** HTML text and attribute values use the same five escapes. */
export const escapeHtml = escapeXml;

/**
 * Text inside Markdown (a table cell or a line): characters that would start formatting,
 * links, HTML or a table column are backslash-escaped; line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/([\\`*_[\]#|<>&])/g, '\\$1');
}
