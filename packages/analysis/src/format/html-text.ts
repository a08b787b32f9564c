/** An id or anchor made only of safe characters. */
export function anchor(...parts: readonly string[]): string {
  return parts.join('--').replace(/[^A-Za-z0-9_-]/g, '_');
}
