import { describe, expect, it } from 'vitest';
import { evaluateCompiledXlsform } from '../../test/xpath-oracle.js';
import type { Expr } from './ast.js';
import { all, answered, any, countSelected, lit, not, q, selected, self } from './builders.js';
import { compileToXlsform } from './compile-xlsform.js';
import { evaluate } from './evaluate.js';

const records = [
  { age: 14, sex: 'female', c12: 'yes', platforms: ['whatsapp', 'tiktok'], hours: '2.5', note: '' },
  { age: '17', sex: 'male', c12: 'no', platforms: 'facebook', hours: 0, note: "it's" },
  { age: null, sex: '', c12: 'dont_know', platforms: [], hours: '', note: null },
  { age: 9, sex: 'female', c12: 'refused', platforms: 'tiktok whatsapp facebook', hours: 'abc', note: 'x' },
];

const cases: Record<string, Expr> = {
  'equals a code': q('c12').eq('yes'),
  'not equals a code (empty counts as not equal)': q('sex').ne('female'),
  'less than': q('age').lt(15),
  'less or equal': q('age').le(14),
  'greater than': q('age').gt(12),
  'greater or equal': q('age').ge(17),
  'numeric equality with a number': q('age').eq(17),
  'numeric equality on a decimal': q('hours').eq(2.5),
  'string equality with a numeric string': q('age').eq('17'),
  and: all(q('age').ge(12), q('sex').eq('female')),
  or: any(q('c12').eq('yes'), q('c12').eq('refused')),
  'empty and is true': all(),
  'empty or is false': any(),
  not: not(q('c12').eq('no')),
  'selected (array answer)': selected('platforms', 'whatsapp'),
  'selected (space-separated answer)': selected('platforms', 'facebook'),
  'count-selected': countSelected('platforms').ge(2),
  'count-selected of nothing': countSelected('platforms').eq(0),
  answered: answered('age'),
  'answered on an empty string': answered('note'),
  addition: q('age').plus(3).gt(17),
  subtraction: q('age').minus(q('hours')).lt(12),
  multiplication: q('hours').times(2).eq(5),
  division: q('age').dividedBy(2).eq(7),
  modulo: q('age').mod(2).eq(1),
  'NaN never equals': q('hours').eq(q('hours')),
  'NaN is unequal to itself': q('hours').ne(q('hours')),
  'boolean literal against a truth value': lit(true).eq(answered('sex')),
  between: q('age').between(12, 17),
  in: q('c12').in('dont_know', 'refused'),
  'nested not/or/and': not(any(all(q('sex').eq('male'), q('age').gt(16)), selected('platforms', 'tiktok'))),
  'string with an apostrophe': q('note').eq("it's"),
  'negative literal': q('age').minus(20).gt(-10),
};

describe('the expression AST gives the same truth value evaluated and compiled to XLSForm', () => {
  for (const [name, expr] of Object.entries(cases)) {
    it(name, () => {
      const compiled = compileToXlsform(expr);
      const evaluated = records.map((r) => evaluate(expr, r));
      const viaXpath = records.map((r) => evaluateCompiledXlsform(compiled, r));
      expect(evaluated, compiled).toEqual(viaXpath);
    });
  }

  it('covers a case where it is true and one where it is false for each comparison operator', () => {
    for (const op of ['eq', 'ne', 'lt', 'le', 'gt', 'ge'] as const) {
      const values = records.map((r) => evaluate(q('age')[op](14), r));
      expect(values, op).toContain(true);
      expect(values, op).toContain(false);
    }
  });

  it('evaluates constraints on the current answer (`.`) the same way', () => {
    const constraint = self().between(12, 17);
    expect(compileToXlsform(constraint)).toBe('(. >= 12) and (. <= 17)');
    for (const r of records) {
      expect(evaluate(constraint, r, 'age')).toBe(evaluateCompiledXlsform(compileToXlsform(constraint), r, 'age'));
    }
  });
});

describe('XLSForm syntax', () => {
  it('writes references, functions and operators as XLSForm expects', () => {
    expect(compileToXlsform(q('c12').eq('yes'))).toBe("${c12} = 'yes'");
    expect(compileToXlsform(selected('platforms', 'tiktok'))).toBe("selected(${platforms}, 'tiktok')");
    expect(compileToXlsform(countSelected('platforms').gt(1))).toBe('count-selected(${platforms}) > 1');
    expect(compileToXlsform(answered('age'))).toBe("${age} != ''");
    expect(compileToXlsform(not(any(q('a').eq(1), q('b').eq(2))))).toBe('not((${a} = 1) or (${b} = 2))');
    expect(compileToXlsform(q('a').dividedBy(2).mod(3).eq(1))).toBe('((${a} div 2) mod 3) = 1');
  });

  it('refuses a string XPath 1.0 cannot write', () => {
    expect(() => compileToXlsform(q('a').eq(`it's "x"`))).toThrow(/both quote characters/);
  });
});
