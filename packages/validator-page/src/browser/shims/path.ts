/** The page's files have flat names: the few `path` functions the readers use, for such names (POSIX rules). */
export const sep = '/';

export function basename(path: string, suffix?: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return suffix !== undefined && base.endsWith(suffix) ? base.slice(0, -suffix.length) : base;
}

export function dirname(path: string): string {
  const at = path.lastIndexOf('/');
  return at === -1 ? '.' : at === 0 ? '/' : path.slice(0, at);
}

export function extname(path: string): string {
  const base = basename(path);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot);
}

export function join(...parts: string[]): string {
  return parts
    .filter((part) => part !== '')
    .join('/')
    .replace(/\/+/g, '/');
}

export const resolve = join;

export function relative(from: string, to: string): string {
  return to.startsWith(`${from}/`) ? to.slice(from.length + 1) : to;
}

export function isAbsolute(path: string): boolean {
  return path.startsWith('/');
}

export default { sep, basename, dirname, extname, join, resolve, relative, isAbsolute };
