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

/**
 * Characters a terminal acts on rather than shows: C0 and C1 controls (escape sequences can
 * recolour, move the cursor or retitle the window), DEL, the Unicode line and paragraph
 * separators and the bidirectional overrides that reorder what is shown.
 */
const TERMINAL_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from data, file names or configuration, safe to print on a terminal: every control
 * character is written visibly (`\n`, `\x1b`, `\u202e`), so a value cannot forge a line of
 * output, hide text or send an escape sequence. With `keepLineBreaks`, line feeds and tabs
 * in text dh composed itself stay as they are.
 */
export function terminalSafe(text: string, options: { readonly keepLineBreaks?: boolean } = {}): string {
  return text.replace(TERMINAL_CONTROLS, (c) => {
    if (options.keepLineBreaks === true && (c === '\n' || c === '\t')) return c;
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
