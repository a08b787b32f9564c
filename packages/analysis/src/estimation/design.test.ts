import { describe, expect, it } from 'vitest';
import { compileDesign } from './design.js';
import { EstimationInputError } from './errors.js';
import { estimateMean } from './mean.js';

describe('compileDesign', () => {
  it('nests PSU ids within strata (svydesign nest = TRUE)', () => {
    const design = compileDesign({ strata: ['a', 'a', 'b', 'b'], psu: [1, 2, 1, 2], weights: [1, 1, 1, 1] });
    expect(design.nPsu).toBe(4);
    expect(design.degf).toBe(2);
    expect(design.lonelyStrata).toEqual([]);
  });

  it('treats each row as a PSU and the sample as one stratum when ids are omitted', () => {
    const design = compileDesign({ weights: [1, 2, 3] });
    expect(design.nPsu).toBe(3);
    expect(design.degf).toBe(2);
  });

  it('rejects bad weights, missing ids, length mismatches and unknown policies', () => {
    expect(() => compileDesign({ weights: [1, 0] })).toThrow(/Row 2: weight/);
    expect(() => compileDesign({ weights: [1, Number.NaN] })).toThrow(EstimationInputError);
    expect(() => compileDesign({ psu: [1, ''], weights: [1, 1] })).toThrow(/Row 2: missing psu/);
    expect(() => compileDesign({ strata: [1], weights: [1, 1] })).toThrow(/"strata" has 1 rows/);
    expect(() => compileDesign({ weights: [1], lonelyPsu: 'drop' as never })).toThrow(/Unknown lonelyPsu/);
  });

  it('rejects value columns and domains of the wrong length', () => {
    const design = compileDesign({ weights: [1, 2, 3] });
    expect(() => estimateMean(design, [1, 2])).toThrow(/value column has 2 rows/);
    expect(() => estimateMean(design, [1, 2, 3], { domain: [1] })).toThrow(/Domain has 1 rows/);
  });

  it('returns NaN rather than a number for an empty domain', () => {
    const design = compileDesign({ weights: [1, 2, 3] });
    const empty = estimateMean(design, [1, 2, 3], { domain: [0, 0, 0] });
    expect(empty.n).toBe(0);
    expect(empty.estimate).toBeNaN();
    expect(empty.se).toBeNaN();
    expect(empty.ciLow).toBeNaN();
  });
});
