/**
 * A per-year index series that starts at a prijspeiljaar before the
 * startjaar. Gorinchem jaarstukken 2022 publishes kostenstijging 3,5% (2023),
 * 3,0% (2024), 2,0% (2025 e.v.)
 * (https://jaarstukken.gorinchem.nl/2022/jaarverslag-paragrafen/grondbeleid/grondslagen-van-waardering-en-resultaatbepaling);
 * an MPG per 1-1-2025 at prijspeil 1-1-2023 must apply the 2023 and 2024 rates.
 */
import { expectClose, excelError, num, value } from '../helpers/cases';

const GORINCHEM = [[0.035, 0.03, 0.02]];
const rows = (r: unknown) => r as number[][];

describe('index series from the prijspeiljaar', () => {
  test('MPG per 1-1-2025 at prijspeil 1-1-2023: 1.000 × 1,035 × 1,03 = 1.066,05', () => {
    expectClose(num('GREX.INDEXEER', 1000, GORINCHEM, 2025, 2023, null, 2023), {
      name: 'INDEXEER 2025',
      source: 'Gorinchem 2022 rates 2023 and 2024',
      expected: 1066.05,
      abs: 1e-9,
    });
    const r = rows(value('GREX.INDEXEER', [[1000, 1000, 1000]], GORINCHEM, 2025, 2023, null, 2023))[0];
    [1066.05, 1066.05 * 1.02, 1066.05 * 1.02 * 1.02].forEach((e, i) =>
      expectClose(r[i], { name: `year ${2025 + i}`, source: 'hand: 2,0% from 2025 on', expected: e, abs: 1e-9 }),
    );
  });

  test('without indexreeks_vanaf the series still starts at the startjaar (the first rate applies before it)', () => {
    expectClose(num('GREX.INDEXEER', 1000, GORINCHEM, 2025, 2023), {
      name: 'INDEXEER default',
      source: 'hand: 1.000 × 1,035² (3,5% taken for 2023 and 2024)',
      expected: 1071.225,
      abs: 1e-9,
    });
  });

  test('with the eind moment the rate of 2025 itself is added', () => {
    expectClose(num('GREX.INDEXEER', 1000, GORINCHEM, 2025, 2023, 'eind', 2023), {
      name: 'INDEXEER eind',
      source: 'hand: 1.000 × 1,035 × 1,03 × 1,02',
      expected: 1087.371,
      abs: 1e-9,
    });
  });

  test('GREX.BOEKWAARDE and GREX.RESULTAAT use the same alignment for both index series', () => {
    // kosten 500 in 2025, 300 in 2026; opbrengsten 0, 600; prijspeil 1-1-2023; rente 0 to isolate the index.
    //  K_2025 = 500 × 1,035 × 1,03 = 533,025;  K_2026 = 300 × 1,035 × 1,03 × 1,02 = 326,2113
    //  O_2026 = 600 × 1,013 × 1,015 × 1,015 (opbrengsten bedrijventerreinen 1,3% / 1,5% e.v.) = 626,1675...
    const r = rows(value('GREX.BOEKWAARDE', 0, [[500, 300]], [[0, 600]], 0, 2025, GORINCHEM, [[0.013, 0.015]], false, 2023, null, null, null, 2023));
    expectClose(r[0][2], { name: 'K 2025', source: 'hand', expected: 533.025, abs: 1e-9 });
    expectClose(r[1][2], { name: 'K 2026', source: 'hand', expected: 326.2113, abs: 1e-9 });
    expectClose(r[1][3], { name: 'O 2026', source: 'hand', expected: 600 * 1.013 * 1.015 * 1.015, abs: 1e-9 });
    const res = rows(value('GREX.RESULTAAT', 0, [[500, 300]], [[0, 600]], 0, 0.02, 2025, GORINCHEM, [[0.013, 0.015]], false, 2023, null, null, 2023))[0];
    expectClose(res[1], { name: 'eindwaarde', source: 'O − K with rente 0', expected: 600 * 1.013 * 1.015 * 1.015 - 533.025 - 326.2113, abs: 1e-9 });
  });

  test('indexreeks_vanaf needs a startjaar', () => {
    const e = excelError('GREX.INDEXEER', 1000, GORINCHEM, null, null, null, 2023);
    expect(e.message).toBe('GREX.INDEXEER: indexreeks_vanaf kan alleen samen met startjaar worden opgegeven');
  });
});
