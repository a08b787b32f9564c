import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { activitySnapshot, type ActivityDefinition, type ActivitySnapshot, type Translations } from '@dh/core';
import { UserError } from '../user-error.js';

/** An activity package of the repository: where it lives, its npm name, and the definition it exports. */
export interface ActivityPackage {
  /** The npm package name a changeset bumps (`@dh/household-survey`). */
  readonly name: string;
  readonly dir: string;
  /** The version in its package.json: what `npx changeset version` bumps. */
  readonly version: string;
  readonly activity: ActivityDefinition;
}

interface Manifest {
  readonly name?: string;
  readonly version?: string;
  readonly workspaces?: readonly string[];
  readonly main?: string;
  readonly exports?: { readonly '.'?: string | { readonly import?: string } };
  readonly dh?: { readonly activity?: string };
}

const readManifest = (file: string): Manifest => JSON.parse(readFileSync(file, 'utf8')) as Manifest;

/**
 * The repository `dh diff` and `dh versions` work in: `--root`, else the nearest folder
 * above the working folder whose package.json lists workspaces (where `.changeset/` is).
 */
export function findRepository(root: string | undefined, cwd = process.cwd()): string {
  if (root !== undefined) {
    const dir = resolve(cwd, root);
    if (!existsSync(join(dir, 'package.json')))
      throw new UserError(`--root ${root}: there is no package.json there; give the folder of the dh repository.`);
    return dir;
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && readManifest(join(dir, 'package.json')).workspaces) return dir;
    if (dirname(dir) === dir)
      throw new UserError(
        `${cwd} is not inside the dh repository: dh diff and dh versions read the activity packages and .changeset/ of the repository. Run them from its folder, or give it with --root.`,
      );
  }
}

/** The package folders the repository's workspaces name (`packages/*` patterns: one `*`, at the end). */
function workspaceFolders(root: string): string[] {
  const folders: string[] = [];
  for (const pattern of readManifest(join(root, 'package.json')).workspaces ?? []) {
    if (!pattern.endsWith('/*')) {
      folders.push(join(root, pattern));
      continue;
    }
    const parent = join(root, pattern.slice(0, -2));
    if (!existsSync(parent)) continue;
    for (const entry of readdirSync(parent, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1)))
      if (entry.isDirectory()) folders.push(join(parent, entry.name));
  }
  return folders.filter((dir) => existsSync(join(dir, 'package.json')));
}

/** Every package of the repository that declares `"dh": { "activity": … }`, loaded from its build. */
export async function activityPackages(root: string): Promise<ActivityPackage[]> {
  const found: ActivityPackage[] = [];
  for (const dir of workspaceFolders(root)) {
    const manifest = readManifest(join(dir, 'package.json'));
    if (!manifest.dh?.activity) continue;
    const root_ = manifest.exports?.['.'];
    const entry = join(dir, typeof root_ === 'string' ? root_ : (root_?.import ?? manifest.main ?? 'index.js'));
    if (!existsSync(entry))
      throw new UserError(`${manifest.name ?? dir} is not built (${entry} is missing): run npm run build first, then this command again.`);
    const mod = (await import(pathToFileURL(entry).href)) as { activity?: ActivityDefinition };
    if (!mod.activity)
      throw new UserError(`${manifest.name ?? dir} declares activity "${manifest.dh.activity}" but exports no \`activity\`.`);
    found.push({ name: manifest.name ?? dir, dir, version: manifest.version ?? '0.0.0', activity: mod.activity });
  }
  return found;
}

/** The one package of `id`, or a message naming those there are. */
export function packageOf(packages: readonly ActivityPackage[], id: string): ActivityPackage {
  const found = packages.find((p) => p.activity.id === id);
  if (!found)
    throw new UserError(
      `--activity ${id}: there is no such activity package in this repository; there are: ${packages.map((p) => p.activity.id).join(', ') || 'none'}.`,
    );
  return found;
}

/**
 * The working tree's snapshot of a package: its definition as built, with the translations it
 * ships besides English (`translations/en.json` is generated from the source texts themselves).
 */
export function workingSnapshot(pkg: ActivityPackage): ActivitySnapshot {
  const dir = join(pkg.dir, 'translations');
  const translations: Record<string, Translations> = {};
  if (existsSync(dir))
    for (const file of readdirSync(dir).sort())
      if (file.endsWith('.json') && file !== 'en.json')
        translations[file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Translations;
  return activitySnapshot(pkg.activity, translations);
}
