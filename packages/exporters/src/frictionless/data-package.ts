import type { TableSchema } from './table-schema.js';

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

export interface DataPackageResourceInput {
  /** The resource name, usually the record type. */
  readonly name: string;
  /** Where the data file sits, relative to datapackage.json (e.g. `data/respondent.csv`). */
  readonly path: string;
  /** The Table Schema inline, or the relative path of its JSON file. */
  readonly schema: TableSchema | string;
  readonly title?: string;
  /** The instrument (id@version) whose records the file holds, for comparability checks. */
  readonly instrument?: string;
}

export interface DataPackageInput {
  /** Lower case letters, digits and `-._`, as the Data Package spec recommends. */
  readonly name: string;
  readonly title?: string;
  readonly description?: string;
  /** Semantic version of the dataset's definition (the activity version). */
  readonly version: string;
  readonly resources: readonly DataPackageResourceInput[];
}

export interface DataPackageResource {
  readonly name: string;
  readonly type: 'table';
  readonly path: string;
  readonly format: 'csv';
  readonly mediatype: 'text/csv';
  readonly encoding: 'utf-8';
  readonly schema: TableSchema | string;
  readonly title?: string;
  readonly 'dh:instrument'?: string;
}

export interface DataPackage {
  readonly $schema: string;
  readonly name: string;
  readonly title?: string;
  readonly description?: string;
  readonly version: string;
  readonly resources: readonly DataPackageResource[];
}

const PACKAGE_NAME = /^[a-z0-9._/-]+$/;
const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

/** A `datapackage.json` descriptor (Data Package v2) listing one CSV resource per record type. */
export function dataPackage(input: DataPackageInput): DataPackage {
  if (!PACKAGE_NAME.test(input.name))
    throw new RangeError(`data package name "${input.name}" must use only lower-case letters, digits and . _ / -`);
  if (!SEMVER.test(input.version)) throw new RangeError(`data package version "${input.version}" is not a semantic version`);
  const names = input.resources.map((r) => r.name);
  const badName = names.find((n) => !PACKAGE_NAME.test(n));
  if (badName !== undefined) throw new RangeError(`resource name "${badName}" must use only lower-case letters, digits and . _ / -`);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate !== undefined) throw new RangeError(`data package "${input.name}" lists the resource "${duplicate}" twice`);
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: input.name,
    ...(input.title !== undefined && { title: input.title }),
    ...(input.description !== undefined && { description: input.description }),
    version: input.version,
    resources: input.resources.map((r) => ({
      name: r.name,
      type: 'table',
      path: r.path,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      ...(r.title !== undefined && { title: r.title }),
      schema: r.schema,
      ...(r.instrument !== undefined && { 'dh:instrument': r.instrument }),
    })),
  };
}
