import { describe, expect, it } from 'vitest';
import { evaluateCompiledXlsform } from '../../test/xpath-oracle.js';
import type { Expr } from './ast.js';
import { all, answered, any, countSelected, lit, not, q, selected, self, toExpr } from './builders.js';
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

describe('random expressions over random answers', () => {
  // A small seeded generator (mulberry32): the same 600 cases on every run.
  let seed = 20261202;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const names = ['a', 'b', 'c'];
  // Answers as tablets write them, and the edge cases XPath's number() and selected() turn on. Not '5.': the
  // xpath package reads it as NaN, where XPath 1.0's Number production allows it (tested on its own below).
  const answers = [
    '',
    '0',
    '1',
    '12',
    '-3.5',
    '.5',
    '-',
    '.',
    ' 7 ',
    '1.2.3',
    'yes',
    'no',
    'a b',
    ' a  b ',
    'b\ta',
    'NaN',
    'true',
    '\u00a0a',
  ];
  const literals: (string | number | boolean)[] = ['', 'yes', 'a', 'b', '7', ' 7 ', 0, 1, 7, -3.5, 0.5, true, false];
  const operand = (depth: number): Expr => {
    const roll = random();
    if (depth <= 0 || roll < 0.35) return toExpr(random() < 0.6 ? q(pick(names)) : lit(pick(literals)));
    if (roll < 0.55)
      return { kind: 'arithmetic', op: pick(['+', '-', '*', 'div', 'mod'] as const), left: operand(depth - 1), right: operand(depth - 1) };
    if (roll < 0.65) return toExpr(countSelected(pick(names)));
    return condition(depth - 1);
  };
  const condition = (depth: number): Expr => {
    const roll = random();
    if (depth <= 0 || roll < 0.4)
      return { kind: 'compare', op: pick(['=', '!=', '<', '<=', '>', '>='] as const), left: operand(depth - 1), right: operand(depth - 1) };
    if (roll < 0.5) return selected(pick(names), pick(['a', 'b', 'yes', '7']));
    if (roll < 0.6) return answered(pick(names));
    if (roll < 0.7) return not(condition(depth - 1));
    const parts = Array.from({ length: Math.floor(random() * 3) }, () => condition(depth - 1));
    return random() < 0.5 ? all(...parts) : any(...parts);
  };

  const booleanKinds = new Set(['compare', 'and', 'or', 'not', 'selected', 'answered']);
  const isBoolean = (e: Expr) => booleanKinds.has(e.kind) || (e.kind === 'literal' && typeof e.value === 'boolean');
  const isNode = (e: Expr) => e.kind === 'ref' || e.kind === 'self';
  /**
   * `${a} < (condition)`: XPath 1.0 turns the node-set into a boolean first; ODK Collect (JavaRosa)
   * compares the answer's number, and dh follows Collect, where the data were entered.
   */
  const orderedAgainstBoolean = (e: Expr): boolean => {
    switch (e.kind) {
      case 'compare':
        return (
          (!['=', '!='].includes(e.op) && ((isNode(e.left) && isBoolean(e.right)) || (isBoolean(e.left) && isNode(e.right)))) ||
          orderedAgainstBoolean(e.left) ||
          orderedAgainstBoolean(e.right)
        );
      case 'and':
      case 'or':
        return e.operands.some(orderedAgainstBoolean);
      case 'not':
        return orderedAgainstBoolean(e.operand);
      case 'arithmetic':
        return orderedAgainstBoolean(e.left) || orderedAgainstBoolean(e.right);
      default:
        return false;
    }
  };

  it('give the truth value an independent XPath 1.0 engine gives the compiled XLSForm', () => {
    let compared = 0;
    for (let n = 0; n < 600; n++) {
      const expr = condition(3);
      if (orderedAgainstBoolean(expr)) continue;
      compared++;
      const record = Object.fromEntries(names.map((name) => [name, pick(answers)]));
      const compiled = compileToXlsform(expr);
      expect(evaluate(expr, record), `${compiled} on ${JSON.stringify(record)}`).toBe(evaluateCompiledXlsform(compiled, record));
    }
    expect(compared).toBeGreaterThan(450);
  });

  it("read '5.' and '-.5' as numbers, as XPath 1.0's Number production allows", () => {
    expect(evaluate(q('a').eq(5), { a: '5.' })).toBe(true);
    expect(evaluate(q('a').lt(0), { a: '-.5' })).toBe(true);
    expect(evaluate(q('a').ge(0), { a: '5.5.' })).toBe(false);
  });

  it('compare an answer with a condition by number in <, <=, >, >=, as ODK Collect does', () => {
    expect(evaluate({ kind: 'compare', op: '<', left: { kind: 'ref', name: 'b' }, right: selected('b', '7') }, { b: '-3.5' })).toBe(true);
    expect(evaluate({ kind: 'compare', op: '>', left: { kind: 'ref', name: 'b' }, right: selected('b', '7') }, { b: '-3.5' })).toBe(false);
  });
});
