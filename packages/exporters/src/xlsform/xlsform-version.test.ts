import { describe, expect, it } from 'vitest';
import { xlsformVersion } from './xlsform-version.js';

describe('xlsformVersion', () => {
  it('maps a semver to a number string that increases with every change', () => {
    const ordered = ['0.1.0', '0.1.1', '0.2.0', '0.10.0', '1.0.0', '1.2.0', '1.2.10', '1.10.3', '2.0.0', '10.0.0'];
    const versions = ordered.map((v) => Number(xlsformVersion(v)));
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(ordered.length);
    expect(xlsformVersion('1.2.0')).toBe('1002000');
  });

  it('refuses what is not a semver, or a part it cannot keep in order', () => {
    expect(() => xlsformVersion('1.2')).toThrow(/not a semantic version/);
    expect(() => xlsformVersion('1.1000.0')).toThrow(/below 1000/);
  });
});
