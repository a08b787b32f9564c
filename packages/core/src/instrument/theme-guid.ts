import { createHash } from 'node:crypto';

/** The namespace of dh's name-based UUIDs (itself a v4 UUID, fixed forever). */
export const DH_UUID_NAMESPACE = '6a3c2b4e-8f1d-4c7a-9b2e-5d1f0e7a3c91';

/**
 * A name-based UUID, version 5 (RFC 9562 § 5.5: SHA-1 of namespace and name): the same name
 * always gives the same UUID, so a theme code keeps its REFI-QDA GUID across builds and
 * versions, and QDA programs recognise it on every import.
 */
export function uuidV5(name: string, namespace: string = DH_UUID_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The GUID of a theme code: derived from its id alone, so it never changes. Written into the
 * REFI-QDA codebooks dh exports, and read back from the projects QDA programs return.
 */
export function themeGuid(codeId: string): string {
  return uuidV5(`dh:theme:${codeId}`);
}
