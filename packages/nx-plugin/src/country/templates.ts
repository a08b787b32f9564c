import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The one template set of a country assessment, shipped inside this package
 * (`packages/nx-plugin/templates/country/`), so an installed dh renders the same files.
 */
export const COUNTRY_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/country/', import.meta.url));

export interface TemplateFile {
  /** Output path with `__activity__` segments still to fill; `.tmpl` dropped, `_gitignore` → `.gitignore`. */
  readonly path: string;
  readonly template: string;
}

export function readCountryTemplates(dir = COUNTRY_TEMPLATES_DIR): TemplateFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.tmpl'))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      const path = relative(dir, file)
        .split(sep)
        .join('/')
        .replace(/\.tmpl$/, '')
        .replace(/(^|\/)_gitignore$/, '$1.gitignore');
      return { path, template: readFileSync(file, 'utf8') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
