const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?$/;

/**
 * The XLSForm `version` setting from an instrument's semver. ODK expects a string that
 * increases with every change of the form (docs/formats.md § XLSForm), so each semver part gets
 * three digits: 1.2.0 → "1002000", 1.10.3 → "1010003", 2.0.0 → "2000000". Ordered as numbers,
 * it follows semver order for every part below 1000.
 */
export function xlsformVersion(semver: string): string {
  const match = SEMVER.exec(semver);
  if (!match) throw new RangeError(`"${semver}" is not a semantic version (major.minor.patch)`);
  const [major, minor, patch] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  if (minor > 999 || patch > 999)
    throw new RangeError(`version ${semver}: minor and patch must stay below 1000 to map onto an increasing XLSForm version`);
  return String(major * 1_000_000 + minor * 1_000 + patch);
}
