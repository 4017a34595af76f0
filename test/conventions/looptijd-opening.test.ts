/**
 * The 10-year rule of the BBV is about the grondexploitatiecomplex ("de
 * looptijd per grondexploitatiecomplex maximaal 10 jaar", 's-Hertogenbosch
 * begroting 2018,
 * https://s-hertogenbosch.begroting-2018.nl/p586/grondexploitatiescomplexen-met-een-looptijd-van-meer-dan-10-jaar):
 * a herziening counts from the opening of the complex.
 */
import { FINDING } from '../../src/core/grex';
import { findBuilder } from '../../src/taskpane/builders';
import { defaults } from '../../src/taskpane/builders/types';
import { writePlan } from '../../src/taskpane/excel/writer';
import type { ExcelRun } from '../../src/taskpane/excel/host';
import { FakeWorkbookModel, fakeRun } from '../taskpane/fake-excel';
import { excelError, value } from '../helpers/cases';

const lines = (...args: unknown[]) => (value('GREX.BBV.TOETS', ...args) as string[][]).map((r) => r[0]).filter((x) => x !== '');

describe('GREX.BBV.TOETS openingsjaar', () => {
  test('a herziening 2025–2032 of a complex opened in 2019 is 14 years: a finding that says it counted from the opening', () => {
    const out = lines(2025, 2032, 0.02, 0.025, null, null, null, 2019);
    expect(out).toEqual([FINDING.looptijd(2019, 2032, 14, 2025)]);
    expect(out[0]).toContain('Looptijd 2019–2032 is 14 jaar');
    expect(out[0]).toContain('Geteld vanaf de opening van het complex in 2019 (deze berekening begint in 2025).');
  });

  test('without openingsjaar the count is from the startjaar and the finding says so', () => {
    expect(lines(2025, 2032, 0.02, 0.025)).toEqual([]);
    const out = lines(2025, 2036, 0.02, 0.025);
    expect(out[0]).toContain('Looptijd 2025–2036 is 12 jaar');
    expect(out[0]).toContain('Geteld vanaf het startjaar 2025; geef het openingsjaar van het complex op');
  });

  test('the revenue-index finding uses the same count', () => {
    const out = lines(2025, 2032, 0.02, 0.025, 'Afspraken met afnemers', null, true, 2019);
    expect(out).toEqual([FINDING.opbrengstenindex(14, 2019, 2025)]);
  });

  test('an opening after the startjaar is bad input', () => {
    expect(excelError('GREX.BBV.TOETS', 2025, 2032, 0.02, 0.025, null, null, null, 2026).message).toBe(
      'GREX.BBV.TOETS: openingsjaar mag niet na startjaar (2025) liggen: het complex is geopend in of vóór het eerste ' +
        'jaar van deze berekening (ontvangen: 2026)',
    );
  });
});

describe('the grondexploitatie builder passes the opening year', () => {
  const spec = findBuilder('grondexploitatie')!;
  const formulas = async (extra: Record<string, unknown>) => {
    const m = new FakeWorkbookModel(['Blad1']);
    const res = await writePlan(fakeRun(m) as unknown as ExcelRun, spec.plan({ ...defaults(spec), startjaar: 2026, ...extra } as never), 'newSheet');
    return { f: m.formulas(res.placement.sheet).map((x) => x.formula), m };
  };
  test('with an opening year before the startjaar: a named cell and the argument', async () => {
    const { f, m } = await formulas({ openingsjaar: 2019 });
    expect(f).toContain('=GREX.BBV.TOETS(GE_startjaar,GE_eindjaar,GE_disconteringsvoet,GE_rente,GE_motivering,,,GE_openingsjaar)');
    expect(m.names.find((n) => n.name === 'GE_openingsjaar')).toBeDefined();
  });
  test('a new complex (0) keeps the formula without it', async () => {
    const { f, m } = await formulas({});
    expect(f).toContain('=GREX.BBV.TOETS(GE_startjaar,GE_eindjaar,GE_disconteringsvoet,GE_rente,GE_motivering)');
    expect(m.names.find((n) => n.name === 'GE_openingsjaar')).toBeUndefined();
  });
});
