/**
 * The files a partner dropped into the page, by the name the report shows. The browser build of
 * the validate package reads its "paths" through these shims, so the one data path of dh validate
 * runs unchanged on `File` objects: read-only, slice by slice, never held whole.
 */
const files = new Map<string, Blob>();

/** Registers the dropped files under their own names (a second file of the same name gets " (2)"); returns the names. */
export function registerFiles(dropped: readonly File[]): string[] {
  files.clear();
  const names: string[] = [];
  for (const file of dropped) {
    let name = file.name;
    for (let copy = 2; files.has(name); copy++) name = `${file.name} (${copy})`;
    files.set(name, file);
    names.push(name);
  }
  return names;
}

export function registeredFile(path: string): Blob {
  const file = files.get(path);
  if (file === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
  return file;
}

/** What the page cannot do, said plainly if it is ever reached. */
export function unavailable(what: string): never {
  throw Object.assign(new Error(`${what} is not available in the offline validator page`), { code: 'ENOTSUP' });
}
