/**
 * The `grex` command and the Node entry: `grex eval` goes through exactly
 * the adapters Excel uses (same values, same errors), `grex list` lists the
 * registry, and the built bin runs as `npx grex` would.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as path from 'path';
import { main } from '../../src/cli/grex';
import { evaluate, tryEvaluate, formatResult } from '../../src/cli/evaluate';
import { parseFormula, FormulaSyntaxError } from '../../src/cli/parser';
import { call, tryCall } from '../../src/functions/call';
import { REGISTRY } from '../../src/functions/registry';

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe("parser: exactly Excel's en-US formula syntax", () => {
  test.each([
    ['=GREX.NCW(0.02,{100,200,300},2025)', { name: 'GREX.NCW', args: [0.02, [[100, 200, 300]], 2025] }],
    ['GREX.NCW(0.02,{1;2;3})', { name: 'GREX.NCW', args: [0.02, [[1], [2], [3]]] }],
    [
      '=grex.x({1,2;3,4})',
      {
        name: 'grex.x',
        args: [
          [
            [1, 2],
            [3, 4],
          ],
        ],
      },
    ],
    ['=GREX.X(1,,3)', { name: 'GREX.X', args: [1, undefined, 3] }],
    ['=GREX.X(,)', { name: 'GREX.X', args: [undefined, undefined] }],
    ['=GREX.X("a ""b"" c", TRUE, false)', { name: 'GREX.X', args: ['a "b" c', true, false] }],
    ['=GREX.X(-1.5e3, .5, +2)', { name: 'GREX.X', args: [-1500, 0.5, 2] }],
    [
      '=GREX.X({"wonen",75;"groen",1.5})',
      {
        name: 'GREX.X',
        args: [
          [
            ['wonen', 75],
            ['groen', 1.5],
          ],
        ],
      },
    ],
    ['=GREX.X()', { name: 'GREX.X', args: [] }],
  ])('%s', (formula, expected) => {
    expect(parseFormula(formula)).toEqual(expected);
  });

  test.each([
    ['=GREX.NCW(0.02,A1:A3)', /celverwijzing A1/],
    ['=GREX.NCW(0.02,SUM(1,2))', /geneste functie SUM/],
    ['=GREX.NCW(2%,{1})', /operator "%"/],
    ['=GREX.NCW(0.02;{1})', /";" scheidt argumenten niet/],
    ['=GREX.NCW(0.02,{1,2}', /sluitend haakje/],
    ['=GREX.NCW(0.02,{1,2;3})', /even lang/],
    ['=GREX.NCW(0.02,{{1}})', /geneste matrixconstante/],
    ['=GREX.NCW("abc)', /aanhalingsteken/],
    ['=GREX.NCW(1+2)', /operator "\+"/],
    ['=GREX.NCW(0.02) extra', /onverwachte tekst/],
    ['=(1)', /functienaam verwacht/],
  ])('%s is refused clearly', (formula, message) => {
    expect(() => parseFormula(formula)).toThrow(FormulaSyntaxError);
    expect(() => parseFormula(formula)).toThrow(message);
  });
});

describe('grex eval round-trips through the same adapters as call()', () => {
  test.each([
    ['=GREX.NCW(0.02,{100,200,300},2025)', ['GREX.NCW', 0.02, [[100, 200, 300]], 2025]],
    ['=GREX.NCW(0.02,{100;200;300},2025,,"midden")', ['GREX.NCW', 0.02, [[100], [200], [300]], 2025, null, 'midden']],
    ['=GREX.EINDWAARDE(0.03,{100,200,300},2025,2030)', ['GREX.EINDWAARDE', 0.03, [[100, 200, 300]], 2025, 2030]],
    ['=GREX.INDEXEER({100;100;100},{0.035,0.03},2023)', ['GREX.INDEXEER', [[100], [100], [100]], [[0.035, 0.03]], 2023]],
    ['=GREX.NCW(-1.5,{1,2})', ['GREX.NCW', -1.5, [[1, 2]]]],
    [
      '=GREX.NCW(0.02,{1,2,3;4,5,6})',
      [
        'GREX.NCW',
        0.02,
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
      ],
    ],
  ])('%s', (formula, [name, ...args]) => {
    expect(tryEvaluate(formula)).toEqual(tryCall(name as string, ...args));
  });

  test('a number prints in full precision', () => {
    const r = run(['eval', '=GREX.NCW(0.02,{100,200,300},2025)']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(String(evaluate('=GREX.NCW(0.02,{100,200,300},2025)')));
    // 100/1.02 + 200/1.02² + 300/1.02³ = 572.96967229798493...
    expect(Number(r.out)).toBeCloseTo(572.969672297985, 11);
  });

  test('a spill prints as tab-separated rows', () => {
    expect(run(['eval', '=GREX.INDEXEER({100;100},0.05,2025)']).out).toBe('100\n105');
    expect(formatResult([[1, 'a', true]])).toBe('1\ta\tTRUE');
  });

  test('an error prints code and Dutch message on stderr, exit 2', () => {
    const r = run(['eval', '=GREX.NCW(-1.5,{1,2})']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe('#WAARDE! (#VALUE!) GREX.NCW: disconteringsvoet moet groter zijn dan -100% (ontvangen: -1,5)');
  });

  test('a syntax error exits 2 with "Formulefout"', () => {
    const r = run(['eval', '=GREX.NCW(0.02,A1)']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Formulefout: celverwijzing A1/);
  });

  test('call() throws the same error evaluate() does', () => {
    expect(() => call('GREX.NCW', 'x', [1])).toThrow('GREX.NCW: disconteringsvoet moet een getal zijn (ontvangen: "x")');
  });
});

describe('grex list and help', () => {
  test('list names every function with its signature', () => {
    const r = run(['list']);
    expect(r.code).toBe(0);
    for (const s of REGISTRY) expect(r.out).toContain(`GREX.${s.id}(`);
    expect(r.out).toContain('GREX.NCW(disconteringsvoet, kasstromen, [startjaar], [peiljaar], [timing])');
  });
  test('help prints formula, arguments and sources', () => {
    const r = run(['help', 'ncw']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Bronnen:');
    expect(r.out).toContain('disconteringsvoet:');
  });
  test('unknown command and missing formula', () => {
    expect(run(['bogus']).code).toBe(1);
    expect(run(['eval']).code).toBe(1);
  });
});

describe('the built command (as `npx grex` runs it)', () => {
  const root = path.resolve(__dirname, '..', '..');
  beforeAll(() => {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.node.json'], { cwd: root, stdio: 'pipe' });
  });
  test('npx grex eval prints the present value', () => {
    const r = spawnSync('npx', ['--no-install', 'grex', 'eval', '=GREX.NCW(0.02,{100,200,300},2025)'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(Number(r.stdout.trim())).toBeCloseTo(572.969672297985, 11);
  });
  test('npx grex with bad input exits 2 with the Dutch message', () => {
    const r = spawnSync('npx', ['--no-install', 'grex', 'eval', '=GREX.NCW(0.02,{1,2,3;4,5,6})'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('#WAARDE! (#VALUE!) GREX.NCW: kasstromen moet één rij of één kolom zijn (ontvangen: bereik van 2×3)');
  });
  test('the Node entry exports evaluate and call', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lib = require(path.join(root, 'lib', 'index.js'));
    expect(lib.evaluate('=GREX.NCW(0.02,{100,200,300},2025)')).toBeCloseTo(572.969672297985, 11);
    expect(lib.call('GREX.NCW', 0.02, [100, 200, 300], 2025)).toBeCloseTo(572.969672297985, 11);
  });
});
