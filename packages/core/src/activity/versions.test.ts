import { describe, expect, it } from 'vitest';
import { compatibilityLine, pinConflict, satisfiesRange } from './versions.js';

describe('semver ranges of indicator contracts', () => {
  it.each([
    ['1.4.2', '^1.0.0', true],
    ['2.0.0', '^1.0.0', false],
    ['0.1.5', '^0.1.0', true],
    ['0.2.0', '^0.1.0', false],
    ['1.2.9', '~1.2.0', true],
    ['1.3.0', '~1.2.0', false],
    ['1.9.0', '>=1.0.0 <2.0.0', true],
    ['2.1.0', '^1.0.0 || ^2.0.0', true],
    ['3.0.0', '1.x', false],
    ['1.0.0', '1.0.0', true],
  ])('%s in %s: %s', (version, range, expected) => {
    expect(satisfiesRange(version, range)).toBe(expected);
  });

  it('cannot judge what it cannot read', () => {
    expect(satisfiesRange('one', '^1.0.0')).toBeUndefined();
    expect(satisfiesRange('1.0.0', 'latest')).toBeUndefined();
  });

  it('groups versions a caret range admits together: major, or minor below 1.0.0', () => {
    expect(compatibilityLine('2.3.1')).toBe('2');
    expect(compatibilityLine('0.3.1')).toBe('0.3');
  });
});

describe('the version pin rule', () => {
  const activity = { id: 'pupil-survey', version: '1.3.0' };
  it('accepts a pin of the same compatibility line, and no pin', () => {
    expect(pinConflict(activity, '1.0.0')).toBeUndefined();
    expect(pinConflict(activity, undefined)).toBeUndefined();
  });
  it('refuses another major (or another 0.x minor), saying what to do', () => {
    expect(pinConflict(activity, '2.0.0')).toMatch(
      /pins pupil-survey@2\.0\.0, but pupil-survey@1\.3\.0 is installed.*not comparable.*Install pupil-survey@2\.0\.0/,
    );
    expect(pinConflict({ id: 'x', version: '0.1.0' }, '0.2.0')).toBeDefined();
  });
});
