const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in HTML content and in quoted attributes: data values can hold anything. */
export function escapeHtml(value: string | number | undefined): string {
  return value === undefined ? '' : String(value).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
