/**
 * Erfpacht presets in the erfpacht builder: named and dated, each with its
 * source and "controleer de actuele waarde", applied only when chosen.
 * Figures: Rotterdam canon 3,06% and the ground at 60% (Online010, 30-10-2025);
 * Staatsbosbeheer canon over 75% of the grondwaarde (staatsbosbeheer.nl).
 */
import { findBuilder } from '../../src/taskpane/builders';
import { ERFPACHT_PRESETS } from '../../src/taskpane/builders/erfpacht-presets';
import { defaults } from '../../src/taskpane/builders/types';
import { writePlan } from '../../src/taskpane/excel/writer';
import type { ExcelRun } from '../../src/taskpane/excel/host';
import { FakeWorkbookModel, fakeRun } from '../taskpane/fake-excel';

const spec = findBuilder('erfpacht')!;

async function build(extra: Record<string, unknown>) {
  const m = new FakeWorkbookModel(['Blad1']);
  const res = await writePlan(fakeRun(m) as unknown as ExcelRun, spec.plan({ ...defaults(spec), ...extra } as never), 'newSheet');
  const sheet = m.mustSheet(res.placement.sheet);
  const valueOf = (key: string) => {
    const n = m.names.find((x) => x.name === `EP_${key}`)!;
    return { value: sheet.get(n.box.row, n.box.col)!.value, source: String(sheet.get(n.box.row, n.box.col + 2)!.value) };
  };
  const texts: string[] = [];
  for (let r = 0; r < 200; r++)
    for (let c = 0; c < 6; c++) {
      const v = sheet.get(r, c)?.value;
      if (typeof v === 'string') texts.push(v);
    }
  return { valueOf, texts, formulas: m.formulas(res.placement.sheet).map((x) => x.formula) };
}

describe('erfpacht presets', () => {
  test('every preset is named, dated and has a source; none is the default', () => {
    for (const p of ERFPACHT_PRESETS) {
      expect(p.naam).not.toBe('');
      expect(p.datum).toMatch(/\d{4}/);
      expect(p.bron).not.toBe('');
    }
    expect(spec.fields.find((f) => f.key === 'voorinstelling')!.default).toBe('');
  });

  test("without a choice the values are the user's and the formulas unchanged", async () => {
    const b = await build({});
    expect(b.valueOf('canonpercentage').value).toBeCloseTo(0.025, 12);
    expect(b.valueOf('koopsom').value).toBe(1_000_000);
    expect(b.formulas).toContain(
      '=GREX.ERFPACHT.VERGELIJK(EP_grondwaarde,EP_canonpercentage,EP_groei,EP_rekenrente,EP_looptijd,EP_koopsom,EP_grondwaardegroei)',
    );
    // the comparison table of all presets is on the sheet, with their dates
    expect(b.texts.some((t) => t.startsWith('Regelingen van gemeenten'))).toBe(true);
    expect(b.texts).toContain('30-10-2025');
  });

  test('Rotterdam 2025: canon 3,06%, koopsom 60% of the grondwaarde, source and date beside the values', async () => {
    const b = await build({ voorinstelling: 'rotterdam-2025' });
    expect(b.valueOf('canonpercentage').value).toBeCloseTo(0.0306, 12);
    expect(b.valueOf('koopsom').value).toBeCloseTo(600_000, 6);
    expect(b.valueOf('canonpercentage').source).toContain('Rotterdam 2025, 30-10-2025');
    expect(b.valueOf('canonpercentage').source).toContain('Controleer de actuele waarde');
    expect(b.valueOf('korting_canon').source).toMatch(/eigen invoer/);
  });

  test("Staatsbosbeheer: canon over 75% of the grondwaarde = korting 25%; the percentage stays the user's", async () => {
    const b = await build({ voorinstelling: 'staatsbosbeheer', canonpercentage: 0.03 });
    expect(b.valueOf('korting_grondwaarde').value).toBeCloseTo(0.25, 12);
    expect(b.valueOf('canonpercentage').value).toBeCloseTo(0.03, 12);
    expect(b.texts.some((t) => t.includes('Regeling Staatsbosbeheer') && t.includes('Controleer de actuele waarde'))).toBe(true);
  });
});
