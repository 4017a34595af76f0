/**
 * The Controle tab on an analyst's own grondexploitatie, in headless Chromium
 * (Debian's /usr/bin/chromium via playwright-core) at 320 px, by keyboard
 * only. The fake Excel in the page holds the cells, formulas and names of the
 * LibreOffice-made fixture basis.xlsx. The pane recognises the model, one
 * part is corrected with "gebruik selectie" (the test selects the range in
 * the fake, as the user would in Excel), the comparison follows, and the
 * mapping is stored as GREX_W_ names after the confirm step without writing
 * a single cell. Then "Rekenblad naast uw model" writes a new sheet that
 * uses the corrected mapping and leaves the model sheet as it was.
 */
import type { Browser, Page } from 'playwright-core';
import { fakeExcelScript, openPane, startBrowser, focusIsVisible } from '../helpers/browser';
import { fakeFromXlsx } from '../werkmap/fake-from-xlsx';
import { fixture } from '../werkmap/helpers';
import type { FakeWorkbookModel } from '../taskpane/fake-excel';
import { readXlsx } from '../../src/cli/xlsx-host';
import { recognise } from '../../src/workbook/mapping';
import { mappingFromRecord, mappingToRecord } from '../../src/workbook/names';
import { ModelReport, reviewModel } from '../../src/workbook/report';

jest.setTimeout(240_000);

type Win = { __grexFake: FakeWorkbookModel; __csp: string[] };

/** The fixture's sheets and names as a seed for fakeExcelScript (replaces its empty Blad1). */
function seedOf(model: FakeWorkbookModel): string {
  const data = {
    sheets: model.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()] })),
    names: model.names.map((n) => ({ name: n.name, sheet: n.sheet.name, box: n.box })),
  };
  return `
  const data = ${JSON.stringify(data)};
  m.sheets = []; m.names = [];
  for (const sh of data.sheets) { const s = m.addSheet(sh.name); for (const [k, c] of sh.cells) s.cells.set(k, c); }
  for (const n of data.names) m.names.push({ name: n.name, sheet: m.mustSheet(n.sheet), box: n.box, comment: '' });
  m.active = data.sheets[0].name;
  m.selection = { sheet: m.active, box: { row: 0, col: 0, rows: 1, cols: 1 } };`;
}

async function tabTo(page: Page, selector: string, max = 120, key = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => !!document.activeElement && document.activeElement.matches(sel), selector)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Met ${key} niet bereikt: ${selector}`);
}

/** Sideways scroll of the page, and elements of the own-model section that stick out of the viewport. */
async function overflow(page: Page): Promise<{ scroll: number; sticking: string[] }> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const sticking = Array.from(document.querySelectorAll('.werkmap *'))
      .filter((el) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().right > vw + 0.5)
      .map((el) => `<${el.tagName.toLowerCase()}> ${(el.textContent ?? '').trim().slice(0, 40)}`);
    return { scroll: document.documentElement.scrollWidth - vw, sticking: sticking.slice(0, 5) };
  });
}

const eur = (x: number) => '€ ' + x.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe('Controle on a hand-built grondexploitatie (basis.xlsx), by keyboard', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let page: Page;
  let seeded: FakeWorkbookModel;
  const problems: string[] = [];
  const foreign: string[] = [];
  // Without the post "Plankosten" (row 17): the user selects C13:J16 as the cost posts.
  const NEW_KOSTEN = { sheet: 'Exploitatie', box: { row: 12, col: 2, rows: 4, cols: 8 } };
  let before: ModelReport;
  let after: ModelReport;

  beforeAll(async () => {
    seeded = await fakeFromXlsx(fixture('basis'));
    // What the pane should show, computed from the file in Node: the recognised mapping, and with the cost posts corrected.
    const wb = await readXlsx(fixture('basis'));
    const m = recognise(wb)[0];
    before = reviewModel(wb, m).model;
    after = reviewModel(wb, mappingFromRecord(wb, { ...mappingToRecord(m), kosten: 'Exploitatie!C13:J16' })).model;

    ({ browser, server } = await startBrowser());
    page = await openPane(browser, server.url, fakeExcelScript(seedOf(seeded)), { problems, foreign });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    expect(await page.evaluate(() => (window as unknown as Win).__csp)).toEqual([]);
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
  });

  const snapshot = () => page.evaluate(() => (window as unknown as Win).__grexFake.snapshot('Exploitatie'));
  const written = () => page.evaluate(() => [...(window as unknown as Win).__grexFake.writtenCells]);
  const cijfers = () => page.locator('.werkmap-model table.werkmap-cijfers').innerText();
  const rows = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('.werkmap-model table.werkmap-cijfers tbody tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent)),
    );

  test('the page holds the fixture as the fake workbook', async () => {
    expect(await snapshot()).toBe(seeded.snapshot('Exploitatie'));
    expect(before.gap).toBeLessThan(1);
    // the corrected mapping really changes the result (otherwise the update below would prove nothing)
    expect(Math.abs(after.grex.eindwaarde - before.grex.eindwaarde)).toBeGreaterThan(100_000);
  });

  test('Controle by keyboard: the own-model section shows the recognised mapping and the comparison', async () => {
    await tabTo(page, '#tab-modellen');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-controle');
    await tabTo(page, '#controle-start');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.werkmap-model');
    expect(await page.locator('#werkmap-kop').innerText()).toBe('Eigen grondexploitatie');
    expect(await page.locator('.werkmap-model h4').first().innerText()).toBe('Blad Exploitatie, 2024–2031');
    const parts = await page.evaluate(() =>
      Object.fromEntries(Array.from(document.querySelectorAll<HTMLInputElement>('.werkmap-model input[data-part]')).map((i) => [i.dataset.part, i.value])),
    );
    expect(parts).toMatchObject({
      jaren: 'Exploitatie!$C$10:$J$10',
      kosten: 'Exploitatie!$C$13:$J$17',
      opbrengsten: 'Exploitatie!$C$21:$J$23',
      rente: 'Exploitatie!$B$3',
      disconteringsvoet: 'Exploitatie!$B$4',
      beginboekwaarde: 'Exploitatie!$B$8',
      eindwaarde: 'Exploitatie!$C$36',
      ncw: 'Exploitatie!$C$37',
    });
    expect(await rows()).toEqual([
      ['Uw werkmap', eur(before.workbook.eindwaarde!), eur(before.workbook.ncw!)],
      ['GREX, zoals uw werkmap rekent', eur(before.grex.eindwaarde), eur(before.grex.ncw)],
      ['GREX, BBV (positief = winst)', eur(before.bbv.eindwaarde), eur(before.bbv.ncw)],
    ]);
    expect(await page.locator('.werkmap-model').innerText()).toContain('Verschil met uw werkmap: € 0,00.');
    const o = await overflow(page);
    expect(o).toEqual({ scroll: expect.any(Number), sticking: [] });
    expect(o.scroll).toBeLessThanOrEqual(0);
  });

  test('"gebruik selectie" takes the range selected in Excel and the comparison follows', async () => {
    await tabTo(page, 'button[id^="koppeling-kosten"][id$="-selectie"]');
    expect(await focusIsVisible(page)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Gebruik de selectie voor Kostenposten op prijspeil');
    // the user selects Exploitatie!C13:J16 in Excel
    await page.evaluate((sel) => {
      (window as unknown as Win).__grexFake.selection = sel;
    }, NEW_KOSTEN);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => /De vergelijking is bijgewerkt/.test(document.getElementById('status')?.textContent ?? ''));
    expect(await page.locator('#status').innerText()).toContain('Kostenposten op prijspeil: Exploitatie!C13:J16.');
    expect(await page.inputValue('.werkmap-model input[data-part="kosten"]')).toBe('Exploitatie!$C$13:$J$16');
    expect(await rows()).toEqual([
      ['Uw werkmap', eur(before.workbook.eindwaarde!), eur(before.workbook.ncw!)],
      ['GREX, zoals uw werkmap rekent', eur(after.grex.eindwaarde), eur(after.grex.ncw)],
      ['GREX, BBV (positief = winst)', eur(after.bbv.eindwaarde), eur(after.bbv.ncw)],
    ]);
    // the workbook's own cells are unchanged, so the gap is now the effect of the dropped post (after indexation and rente)
    expect(await page.locator('.werkmap-model').innerText()).toContain(`Verschil met uw werkmap: ${eur(after.gap!)}.`);
    // focus moves on to "Koppeling opslaan"
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('werkmap-opslaan-0');
    expect(await focusIsVisible(page)).toBe(true);
    expect((await overflow(page)).scroll).toBeLessThanOrEqual(0);
    expect(await written()).toEqual([]);
  });

  test('"Koppeling opslaan": the confirm step gets focus; confirmed, GREX_W_ names and no cell written', async () => {
    expect(await page.evaluate(() => (window as unknown as Win).__grexFake.names.length)).toBe(0);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.werkmap-model .confirm');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Koppeling opslaan?');
    const confirm = await page.locator('.werkmap-model .confirm').innerText();
    expect(confirm).toContain('Geen enkele cel van uw werkmap wordt gewijzigd.');
    expect(confirm).toContain('GREX_W_KOSTEN');
    // nothing is stored before the confirmation
    expect(await page.evaluate(() => (window as unknown as Win).__grexFake.names.length)).toBe(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Opslaan');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /Klaar: de koppeling is opgeslagen/.test(document.getElementById('status')?.textContent ?? ''));
    const names = await page.evaluate(() => (window as unknown as Win).__grexFake.names.map((n) => ({ name: n.name, sheet: n.sheet.name, box: n.box })));
    const byName = Object.fromEntries(names.map((n) => [n.name, n]));
    expect(names.every((n) => n.name.startsWith('GREX_W_') && n.sheet === 'Exploitatie')).toBe(true);
    expect(byName.GREX_W_JAREN.box).toEqual({ row: 9, col: 2, rows: 1, cols: 8 });
    expect(byName.GREX_W_KOSTEN.box).toEqual(NEW_KOSTEN.box);
    expect(byName.GREX_W_RENTE.box).toEqual({ row: 2, col: 1, rows: 1, cols: 1 });
    expect(await page.locator('#status').innerText()).toContain(`opgeslagen in ${names.length} namen`);
    expect(names.length).toBeGreaterThanOrEqual(12);
    expect(await written()).toEqual([]);
    expect(await snapshot()).toBe(seeded.snapshot('Exploitatie'));
    expect(await page.evaluate(() => (window as unknown as Win).__grexFake.sheets.map((s) => s.name))).toEqual(['Exploitatie']);
  });

  test('after the save, Controle again reads the mapping from the names', async () => {
    await tabTo(page, '#controle-start', 200, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /uit de namen GREX_W_/.test(document.querySelector('.werkmap')?.textContent ?? ''));
    expect(await page.inputValue('.werkmap-model input[data-part="kosten"]')).toBe('Exploitatie!$C$13:$J$16');
    expect(await cijfers()).toContain(eur(after.grex.eindwaarde));
    expect(await written()).toEqual([]);
  });

  test('"Rekenblad naast uw model" writes a new sheet on the corrected mapping; the model sheet is unchanged', async () => {
    await tabTo(page, '#werkmap-rekenblad-0');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    // a confirm step first: nothing is written until "Rekenblad maken"
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Rekenblad naast uw model maken?');
    expect(await page.evaluate(() => (window as unknown as Win).__grexFake.sheets.length)).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Rekenblad maken');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /Klaar: het rekenblad staat op het nieuwe blad/.test(document.getElementById('status')?.textContent ?? ''));
    expect(await page.locator('#status').innerText()).toContain('"GREX naast Exploitatie"');
    const res = await page.evaluate(() => {
      const m = (window as unknown as Win).__grexFake;
      return { sheets: m.sheets.map((s) => s.name), formulas: m.formulas('GREX naast Exploitatie').map((f) => f.formula), written: [...m.writtenCells] };
    });
    expect(res.sheets).toEqual(['Exploitatie', 'GREX naast Exploitatie']);
    expect(res.written.length).toBeGreaterThan(0);
    expect(res.written.filter((c) => !c.startsWith('GREX naast Exploitatie!'))).toEqual([]);
    expect(await snapshot()).toBe(seeded.snapshot('Exploitatie'));
    // the cost line sums the four selected posts, not the dropped Plankosten (row 17)
    expect(res.formulas).toContain('=Exploitatie!C13+Exploitatie!C14+Exploitatie!C15+Exploitatie!C16');
    expect(res.formulas.filter((f) => /Exploitatie!\$?C\$?17\b/.test(f))).toEqual([]);
    expect(res.formulas.filter((f) => f.startsWith('=GREX.RESULTAAT(')).length).toBe(2);
  });
});
