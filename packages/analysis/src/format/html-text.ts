const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in HTML and SVG, in element content and in quoted attributes alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** An id or anchor made only of safe characters. */
export function anchor(...parts: readonly string[]): string {
  return parts.join('--').replace(/[^A-Za-z0-9_-]/g, '_');
}
