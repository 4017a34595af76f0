/**
 * The argument normaliser and error mapper: every form Excel
 * hands over — omitted (null/undefined), empty cells (0 on desktop, null on
 * the web, ""), ranges in either orientation, 1×1 ranges, flat arrays from
 * Node — and the Dutch #VALUE! messages naming the parameter.
 */
import { num, value, excelError } from '../helpers/cases';
import { normaliseArg } from '../../src/functions/normalise';
import { checkResult } from '../../src/functions/invoke';
import type { SeriesParam, NumberParam, EnumParam, BooleanParam, TableParam } from '../../src/functions/types';

const NCW_123 = 572.9696722979849; // 100/1.02 + 200/1.02² + 300/1.02³ (test/core/timevalue.test.ts)

describe('series arrive in every orientation', () => {
  test.each([
    ['row range', [[100, 200, 300]]],
    ['column range', [[100], [200], [300]]],
    ['flat array from Node', [100, 200, 300]],
  ])('%s', (_label, flows) => {
    expect(num('GREX.NCW', 0.02, flows, 2025)).toBeCloseTo(NCW_123, 9);
  });

  test.each([
    ['null (web)', null],
    ['0 (desktop)', 0],
    ['"" (formula returning empty text)', ''],
    ['undefined', undefined],
  ])('empty cell as %s counts as 0', (_label, blank) => {
    // 100/1.02 + 0 + 300/1.02³ = 98.0392156862745 + 282.696686... = 380.735902...
    const expected = 100 / 1.02 + 300 / Math.pow(1.02, 3);
    expect(num('GREX.NCW', 0.02, [[100], [blank], [300]], 2025)).toBeCloseTo(expected, 9);
  });

  test('a single number is a series of one', () => {
    expect(num('GREX.NCW', 0.02, 102)).toBeCloseTo(100, 12);
  });
});

describe('omitted optional arguments', () => {
  test.each([
    ['nothing at the end', [0.02, [[100, 200, 300]], 2025]],
    ['explicit nulls (Excel: omitted)', [0.02, [[100, 200, 300]], 2025, null, null]],
    ['undefined', [0.02, [[100, 200, 300]], 2025, undefined, undefined]],
    ['empty text for timing', [0.02, [[100, 200, 300]], 2025, null, '']],
  ])('%s → defaults (peiljaar = startjaar, timing eind)', (_label, args) => {
    expect(num('GREX.NCW', ...(args as unknown[]))).toBeCloseTo(NCW_123, 9);
  });

  test('scalar inside a 1×1 range is read as the scalar', () => {
    expect(num('GREX.NCW', [[0.02]], [[100, 200, 300]], [[2025]])).toBeCloseTo(NCW_123, 9);
  });

  test('timing is case-insensitive', () => {
    expect(num('GREX.NCW', 0.02, [100], 2025, 2025, ' BEGIN ')).toBe(100);
  });
});

describe('bad input: #VALUE! with a Dutch message naming the parameter', () => {
  test.each([
    ['rate below −100%', [-1.5, [[1, 2]]], 'GREX.NCW: disconteringsvoet moet groter zijn dan -100% (ontvangen: -1,5)'],
    ['text for a rate', ['abc', [[1, 2]]], 'GREX.NCW: disconteringsvoet moet een getal zijn (ontvangen: "abc")'],
    ['boolean for a rate', [true, [[1, 2]]], 'GREX.NCW: disconteringsvoet moet een getal zijn (ontvangen: WAAR)'],
    [
      '2×3 range as a series',
      [
        0.02,
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
      ],
      'GREX.NCW: kasstromen moet één rij of één kolom zijn (ontvangen: bereik van 2×3)',
    ],
    ['text inside a series', [0.02, [[1, 'x', 3]]], 'GREX.NCW: kasstromen bevat op positie 2 geen getal (ontvangen: "x")'],
    ['missing series', [0.02, null], 'GREX.NCW: kasstromen is verplicht'],
    ['missing rate', [null, [[1]]], 'GREX.NCW: disconteringsvoet is verplicht'],
    ['year not whole', [0.02, [[1]], 2025.5], 'GREX.NCW: startjaar moet een jaartal zijn tussen 1900 en 2200 (ontvangen: 2025,5)'],
    ['unknown timing', [0.02, [[1]], 2025, 2025, 'laat'], 'GREX.NCW: timing moet een van deze waarden zijn: "eind", "midden", "begin" (ontvangen: "laat")'],
    ['peiljaar without startjaar', [0.02, [[1]], null, 2025], 'GREX.NCW: peiljaar kan alleen samen met startjaar worden opgegeven'],
    ['NaN', [NaN, [[1]]], 'GREX.NCW: disconteringsvoet moet een eindig getal zijn (ontvangen: geen getal)'],
    ['Infinity in a series', [0.02, [[1, Infinity]]], 'GREX.NCW: kasstromen bevat op positie 2 geen getal: moet een eindig getal zijn (ontvangen: oneindig)'],
    ['too many arguments', [0.02, [[1]], 2025, 2025, 'eind', 1], 'GREX.NCW: te veel argumenten (hoogstens 5)'],
  ])('%s', (_label, args, message) => {
    const e = excelError('GREX.NCW', ...(args as unknown[]));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe(message);
  });

  test('unknown function is #NAME?', () => {
    expect(excelError('GREX.BESTAATNIET', 1).code).toBe('#NAME?');
  });

  test('a result that overflows is an error, never Infinity', () => {
    const e = excelError('GREX.EINDWAARDE', 0.25, [[1e300, 1e300]], 2025, 2200);
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^GREX\.EINDWAARDE: de uitkomst is geen eindig getal/);
  });
});

describe('normaliseArg per kind', () => {
  const series: SeriesParam = { name: 's', kind: 'series', description: '', min: 0, maxLength: 3 };
  test('element bounds name the position', () => {
    expect(() => normaliseArg([[1, -2]], series)).toThrow('s (positie 2) moet ten minste 0 zijn (ontvangen: -2)');
  });
  test('maxLength', () => {
    expect(() => normaliseArg([[1, 2, 3, 4]], series)).toThrow('s mag hoogstens 3 waarden bevatten (ontvangen: 4 waarden)');
  });
  test('column orientation is remembered', () => {
    expect(normaliseArg([[1], [2]], series)).toEqual({ values: [1, 2], orientation: 'column' });
  });
  const n: NumberParam = { name: 'x', kind: 'number', description: '', min: 0, max: 1, optional: true };
  test('number bounds', () => {
    expect(() => normaliseArg(1.5, n)).toThrow('x mag hoogstens 1 zijn (ontvangen: 1,5)');
    expect(normaliseArg(null, n)).toBeUndefined();
  });
  const e: EnumParam = { name: 'g', kind: 'enum', description: '', values: ['VON', 'INCLGROND'], default: 'VON' };
  test('enum canonical value and default', () => {
    expect(normaliseArg('inclgrond', e)).toBe('INCLGROND');
    expect(normaliseArg(null, e)).toBe('VON');
  });
  const b: BooleanParam = { name: 'b', kind: 'boolean', description: '', default: false };
  test('booleans: TRUE/FALSE, 1/0, WAAR/ONWAAR; blank is the default', () => {
    expect(normaliseArg(true, b)).toBe(true);
    expect(normaliseArg(1, b)).toBe(true);
    expect(normaliseArg('onwaar', b)).toBe(false);
    expect(normaliseArg(0, b)).toBe(false);
    expect(normaliseArg(null, b)).toBe(false);
    expect(() => normaliseArg(2, b)).toThrow('b moet WAAR of ONWAAR zijn (ontvangen: 2)');
  });
  const t: TableParam = { name: 'tabel', kind: 'table', description: '', columns: { min: 2, max: 3 } };
  test('tables drop blank rows and trailing blank columns', () => {
    expect(
      normaliseArg(
        [
          ['a', 1, null],
          [null, null, null],
          ['b', 2, ''],
        ],
        t,
      ),
    ).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(() => normaliseArg([['a']], t)).toThrow('tabel moet 2 tot 3 kolommen hebben (ontvangen: 1 kolommen)');
  });
});

describe('results', () => {
  test('INDEXEER spills in the orientation of its input', () => {
    expect(value('GREX.INDEXEER', [[100], [100]], 0.02, 2025)).toEqual([[100], [102]]);
    expect(value('GREX.INDEXEER', [[100, 100]], 0.02, 2025)).toEqual([[100, 102]]);
  });
  test('checkResult pads ragged rows, maps −0 to 0 and an empty list to one blank cell', () => {
    expect(checkResult([[1, 2], [3]])).toEqual([
      [1, 2],
      [3, ''],
    ]);
    expect(checkResult(-0)).toBe(0);
    expect(checkResult([])).toEqual([['']]);
    expect(() => checkResult([[NaN]])).toThrow();
  });
});

describe('lines: a table of posts × years', () => {
  const p: SeriesParam = { name: 'kosten', kind: 'series', description: '', lines: true, min: 0 };
  test('rows are posts, columns are years, summed per year', () => {
    expect(
      normaliseArg(
        [
          [1, 2, 3],
          [10, null, 30],
        ],
        p,
      ),
    ).toEqual({
      values: [11, 2, 33],
      orientation: 'row',
      lines: [
        [1, 2, 3],
        [10, 0, 30],
      ],
    });
  });
  test('a single column is still one series (years down)', () => {
    expect(normaliseArg([[1], [2]], p)).toEqual({ values: [1, 2], orientation: 'column' });
  });
  test('bounds name row and column', () => {
    expect(() =>
      normaliseArg(
        [
          [1, 2],
          [3, -4],
        ],
        p,
      ),
    ).toThrow('kosten (rij 2, kolom 2) moet ten minste 0 zijn (ontvangen: -4)');
  });
});
