/**
 * The formula writer builds GREX formulas from the registry by parameter
 * name: registry order, trailing omitted optionals left out, empty places for
 * omitted ones in the middle, and a thrown error for an unknown function, an
 * unknown parameter or a missing required one.
 */
import { grexCall, grexFormula, grexFunctionsIn, placeArgs } from '../../src/taskpane/sheet/formula';
import { parseGrexCalls } from '../../src/taskpane/sheet/formula-parser';
import { REGISTRY } from '../../src/functions/registry';

describe('grexFormula', () => {
  test('writes the arguments in the registry order, whatever order they are given in', () => {
    expect(grexFormula('BBV.TOETS', { rente: '{{rente}}', eindjaar: '{{eind}}', disconteringsvoet: 0.02, startjaar: 2026 })).toBe(
      '=GREX.BBV.TOETS(2026,{{eind}},0.02,{{rente}})',
    );
  });

  test('leaves out omitted optionals at the end and writes an empty place for one in the middle', () => {
    expect(grexFormula('NCW', { disconteringsvoet: 0.02, kasstromen: 'A1:E1' })).toBe('=GREX.NCW(0.02,A1:E1)');
    expect(grexFormula('NCW', { disconteringsvoet: 0.02, kasstromen: 'A1:E1', timing: '"midden"' })).toBe('=GREX.NCW(0.02,A1:E1,,,"midden")');
    expect(grexFormula('NCW', { disconteringsvoet: 0.02, kasstromen: 'A1:E1', startjaar: undefined, peiljaar: 2027 })).toBe('=GREX.NCW(0.02,A1:E1,,2027)');
  });

  test('literals: booleans as TRUE/FALSE, numbers as en-US text', () => {
    const f = grexFormula('BOEKWAARDE', { beginboekwaarde: 0, kosten: 'K', opbrengsten: 'O', rente: 0.025, rente_over_negatief: true });
    expect(f).toBe('=GREX.BOEKWAARDE(0,K,O,0.025,,,,TRUE)');
  });

  test('grexCall nests without the "="', () => {
    const inner = grexCall('VERLIESVOORZIENING', { resultaat: '{{ncw}}' });
    expect(inner).toBe('GREX.VERLIESVOORZIENING({{ncw}})');
    expect(grexFunctionsIn(`=IF(A1>0,${inner},"GREX.NCW(")`)).toEqual(['VERLIESVOORZIENING']);
  });

  test('throws on an unknown function, an unknown parameter and a missing required parameter', () => {
    expect(() => grexFormula('BESTAATNIET', {})).toThrow(/onbekende GREX-functie "BESTAATNIET"/);
    expect(() => grexFormula('GREX.NCW', { disconteringsvoet: 0.02, kasstromen: 'A1' })).toThrow(/onbekende/);
    expect(() => grexFormula('NCW', { disconteringsvoet: 0.02, kasstromen: 'A1', rente: 0.02 })).toThrow(/geen parameter "rente"/);
    expect(() => grexFormula('NCW', { kasstromen: 'A1' })).toThrow(/mist de verplichte parameter "disconteringsvoet"/);
    expect(() => grexFormula('NCW', { disconteringsvoet: '', kasstromen: 'A1' })).toThrow(/leeg argument/);
    expect(() => grexFormula('NCW', { disconteringsvoet: Number.NaN, kasstromen: 'A1' })).toThrow(/eindig/);
  });

  test('for every registry function: all parameters given round-trip through the review parser by position', () => {
    for (const spec of REGISTRY) {
      const args = Object.fromEntries(spec.params.map((p, i) => [p.name, `{{p${i}}}`]));
      const calls = parseGrexCalls(grexFormula(spec.id, args));
      expect(calls).toHaveLength(1);
      expect(calls[0].name).toBe(spec.id);
      expect(calls[0].args.map((a) => a.text)).toEqual(spec.params.map((_, i) => `{{p${i}}}`));
    }
  });

  test('for every registry function: only the required parameters give a formula with exactly those, and the uses name them', () => {
    for (const spec of REGISTRY) {
      const required = spec.params.filter((p) => !p.optional && !('default' in p && p.default !== undefined));
      const { texts, uses } = placeArgs(spec.id, Object.fromEntries(required.map((p) => [p.name, p.name.toUpperCase()])));
      expect(uses.map((u) => u.param.name)).toEqual(required.map((p) => p.name));
      // no trailing empty place; a middle one only where an optional sits between required ones
      expect(texts[texts.length - 1] ?? 'x').not.toBe('');
      expect(texts.filter((t) => t !== '')).toEqual(required.map((p) => p.name.toUpperCase()));
    }
  });
});

describe('builders write GREX formulas only through the formula writer', () => {
  const fs = require('fs') as typeof import('fs');
  const path = require('path') as typeof import('path');
  const dir = path.join(__dirname, '../../src/taskpane/builders');
  test.each(fs.readdirSync(dir).filter((f) => f.endsWith('.ts')))('%s has no hand-typed GREX call', (file) => {
    const code = fs
      .readFileSync(path.join(dir, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    expect(code.match(/GREX\.[A-Za-z0-9_.]+\s*\(/g) ?? []).toEqual([]);
  });
});
