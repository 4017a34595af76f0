/**
 * The tuple, labelled and numbers-table parameter kinds: argument shapes that
 * used to be checked by hand in the adapters, now data in the registry and
 * checked by the one normaliser, with the parameter, position and field in
 * every message.
 */
import { normaliseArg } from '../../src/functions/normalise';
import { findFunction } from '../../src/functions/registry';
import { renderHelpPage } from '../../src/functions/help';
import type { ArgReader, LabelledParam, LabelledValue, RowsParam, TableParam, TupleParam } from '../../src/functions/types';
import { GrexError } from '../../src/core';
import { excelError, value } from '../helpers/cases';

const paramOf = <T>(id: string, name: string) => findFunction(id)!.params.find((p) => p.name === name) as unknown as T;
const lease = paramOf<TupleParam>('VERPLAATSING.BUSINESSCASE', 'erfpacht_nieuwe_locatie');
const fund = paramOf<TupleParam>('VERPLAATSING.BUSINESSCASE', 'fonds');

const messageOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof GrexError) return e.detail;
    throw e;
  }
  throw new Error('geen fout');
};

describe('tuple', () => {
  const read = (raw: unknown, p = lease) => normaliseArg(raw, p) as ArgReader | undefined;

  test('a row, a column and a flat list give the same fields; trailing defaults are filled in', () => {
    for (const raw of [[[100, 2026, 3]], [[100], [2026], [3]], [100, 2026, 3], [[100, 2026, 3, null, '']]]) {
      const t = read(raw)!;
      expect([t.number('canon'), t.number('eerste_jaar'), t.number('looptijd'), t.number('groei'), t.number('restwaarde')]).toEqual([100, 2026, 3, 0, 0]);
    }
    const t = read([[100, 2026, 3, 0.02, 50]])!;
    expect([t.number('groei'), t.number('restwaarde')]).toEqual([0.02, 50]);
  });

  test('left out (blank or an empty range) is undefined for an optional tuple', () => {
    expect(read(null)).toBeUndefined();
    expect(read([[null, null, null]])).toBeUndefined();
  });

  test('each position is checked as its field, and the message names parameter, position and field', () => {
    expect(messageOf(() => read([[-1, 2026, 3]]))).toBe('erfpacht_nieuwe_locatie (positie 1, canon) moet ten minste 0 zijn (ontvangen: -1)');
    expect(messageOf(() => read([[100, 2026.5, 3]]))).toBe('erfpacht_nieuwe_locatie (positie 2, eerste jaar) moet een geheel getal zijn (ontvangen: 2026,5)');
    expect(messageOf(() => read([[100, 2026, 3, -1]]))).toBe('erfpacht_nieuwe_locatie (positie 4, groei) moet groter zijn dan -100% (ontvangen: -1)');
    expect(messageOf(() => read([[100, 'x', 3]]))).toBe('erfpacht_nieuwe_locatie (positie 2, eerste jaar) moet een getal zijn (ontvangen: "x")');
    // a blank required position inside the tuple is "verplicht", not a silent 0
    expect(messageOf(() => read([[100, null, 3]]))).toBe('erfpacht_nieuwe_locatie (positie 2, eerste jaar) is verplicht');
  });

  test("a field's rule replaces the generic phrase for any failure of that field", () => {
    expect(messageOf(() => read([[100, 2026, 1001]]))).toBe(
      'erfpacht_nieuwe_locatie (positie 3, looptijd) moet een geheel aantal jaren van ten minste 1 zijn (hoogstens 1000) (ontvangen: 1001)',
    );
    expect(messageOf(() => read([[100, 0.03, -2]], fund))).toBe(
      'fonds (positie 3, looptijd) moet een geheel aantal jaren van ten minste 1 zijn (of leeg) (ontvangen: -2)',
    );
  });

  test('too few or too many values; a table is not a tuple', () => {
    expect(messageOf(() => read([[100]]))).toBe('erfpacht_nieuwe_locatie moet ten minste 3 waarden bevatten (ontvangen: 1 waarde)');
    expect(messageOf(() => read([[1, 2026, 3, 0, 0, 9]]))).toBe('erfpacht_nieuwe_locatie mag hoogstens 5 waarden bevatten (ontvangen: 6 waarden)');
    expect(
      messageOf(() =>
        read([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toMatch(/^erfpacht_nieuwe_locatie moet één rij of één kolom zijn/);
  });

  test('through the function: the fund tuple given as a column gives the same business case as a row', () => {
    const BC = 'VERPLAATSING.BUSINESSCASE';
    const args = (fonds: unknown) => [0.02, [[3_000_000, 0, 0]], null, [[0, 0, 1_800_000]], null, null, null, fonds, 2025];
    expect(value(BC, ...args([[2_000_000], [0.03]]))).toEqual(value(BC, ...args([[2_000_000, 0.03]])));
    expect(excelError(BC, ...args([[0, 0.03]]))).toEqual({
      code: '#VALUE!',
      message: 'GREX.VERPLAATSING.BUSINESSCASE: fonds (positie 1, bedrag) moet groter zijn dan 0 (ontvangen: 0)',
    });
  });

  test('the help page lists the positions with their meaning', () => {
    const html = renderHelpPage(findFunction('VERPLAATSING.BUSINESSCASE')!);
    expect(html).toContain('rij of kolom, op volgorde: bedrag, rente, [looptijd = 0]');
    expect(html).toContain('<li><code>eerste jaar</code>: Kalenderjaar van de eerste canon, niet vóór het startjaar.</li>');
  });
});

describe('labelled', () => {
  const bijdragen = paramOf<LabelledParam>('VERPLAATSING.BUSINESSCASE', 'bijdragen');
  const vraag = paramOf<LabelledParam>('WERKLOCATIES.BALANS', 'vraag');
  const read = (raw: unknown, p: LabelledParam) => normaliseArg(raw, p) as LabelledValue[] | undefined;

  test('two columns with text labels; one row or column without; blank values 0', () => {
    expect(
      read(
        [
          ['gemeente', 1000],
          ['provincie', null],
        ],
        bijdragen,
      ),
    ).toEqual([
      { label: 'gemeente', value: 1000 },
      { label: 'provincie', value: 0 },
    ]);
    expect(read([[5, 6, 7]], bijdragen)).toEqual([5, 6, 7].map((value) => ({ label: undefined, value })));
    expect(read([[5], [6]], bijdragen)).toEqual([5, 6].map((value) => ({ label: undefined, value })));
    expect(
      read(
        [
          [null, 5],
          ['  ', 6],
        ],
        vraag,
      ),
    ).toEqual([5, 6].map((value) => ({ label: undefined, value })));
  });

  test('numeric labels (milieucategorie 3.1) only where the parameter says so', () => {
    const t = [
      [3.1, 10],
      [4.2, 20],
    ];
    expect(read(t, vraag)).toEqual([
      { label: '3.1', value: 10 },
      { label: '4.2', value: 20 },
    ]);
    expect(messageOf(() => read(t, bijdragen))).toMatch(/^bijdragen moet één rij of kolom bedragen zijn, of twee kolommen: omschrijving en bedrag/);
    // a single row of two numbers is two values, also with numeric labels
    expect(read([[3, 4]], vraag)).toEqual([3, 4].map((value) => ({ label: undefined, value })));
  });

  test('text as a value, and a negative value where none is allowed', () => {
    expect(messageOf(() => read([['gemeente', 'veel']], bijdragen))).toBe('bijdragen bevat in rij 1, kolom 2 geen getal (ontvangen: "veel")');
    expect(
      messageOf(() =>
        read(
          [
            ['a', 1],
            ['b', -2],
          ],
          vraag,
        ),
      ),
    ).toBe('vraag bevat in rij 2 een negatief getal (ontvangen: -2)');
    expect(read([['a', -2]], bijdragen)).toEqual([{ label: 'a', value: -2 }]); // the business case itself refuses a negative contribution
  });
});

describe('numbers table', () => {
  const gevolgen = paramOf<TableParam>('RISICO.WEERSTAND', 'gevolgen');
  test('blank cells are 0, text is refused with its row and column', () => {
    expect(
      normaliseArg(
        [
          [100, null, 300],
          [null, null, null],
          [5, 6, 7],
        ],
        gevolgen,
      ),
    ).toEqual([
      [100, 0, 300],
      [5, 6, 7],
    ]);
    expect(messageOf(() => normaliseArg([[1], ['veel']], gevolgen))).toBe('gevolgen bevat in rij 2, kolom 1 geen getal (ontvangen: "veel")');
  });
});

describe('rows', () => {
  const gebieden = paramOf<RowsParam>('VERPLAATSING.VRIJKOMENDEGROND', 'gebieden');
  const read = (raw: unknown) => normaliseArg(raw, gebieden) as ArgReader[] | undefined;

  test('each cell as its column: blank numbers 0, wijze case-insensitive with EIGEN as default, blank rows dropped', () => {
    const rows = read([
      ['Noord', 1000, 50, 300, null, 0.5, 'verworven'],
      [null, null, null, null, null, null, null],
      [3.1, 200, 10, 20, 5, 1],
    ])!;
    expect(rows).toHaveLength(2);
    const view = (r: ArgReader) => [r.optText('omschrijving'), r.number('m2'), r.number('kosten'), r.number('aandeel'), r.text('wijze')];
    expect(rows.map(view)).toEqual([
      ['Noord', 1000, 0, 0.5, 'VERWORVEN'],
      ['3.1', 200, 5, 1, 'EIGEN'],
    ]);
  });

  test('a message names the parameter, the row and the column', () => {
    expect(
      messageOf(() =>
        read([
          ['a', 1, 2, 3, 4, 0.5],
          ['b', 1, -2, 3, 4, 0.5],
        ]),
      ),
    ).toBe('gebieden (rij 2, kolom 3) moet ten minste 0 zijn (ontvangen: -2)');
    expect(messageOf(() => read([['a', 1, 2, 3, 'veel', 0.5]]))).toBe('gebieden (rij 1, kolom 5) moet een getal zijn (ontvangen: "veel")');
    expect(messageOf(() => read([['a', 1, 2, 3, 4, 0.5, 'ruil']]))).toBe(
      'gebieden (rij 1, kolom 7) bevat een onbekende wijze; kies "VERWORVEN", "EIGEN", "KOSTENVERHAAL", "BIJDRAGE" (ontvangen: "ruil")',
    );
    expect(messageOf(() => read([['a', 1, 2, 3, 4]]))).toMatch(/^gebieden moet 6 of 7 kolommen hebben/);
    expect(messageOf(() => read([['a', 1, 2, 3, 4, 0.5, 'EIGEN', 9]]))).toMatch(/^gebieden moet 6 of 7 kolommen hebben/);
  });

  test('the help page lists the columns with their meaning, the optional ones in brackets', () => {
    const html = renderHelpPage(findFunction('VERPLAATSING.VRIJKOMENDEGROND')!);
    expect(html).toContain('tabel, één rij per regel, kolommen: omschrijving, m2, waarde voor, waarde na, kosten, aandeel, [wijze]');
    expect(html).toContain('<li><code>aandeel</code>: Deel dat de gemeente kan verzilveren (0–100%).</li>');
  });
});
