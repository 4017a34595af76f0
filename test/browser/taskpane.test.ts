/**
 * The built task pane in headless Chromium (Debian's /usr/bin/chromium via
 * playwright-core; never a downloaded browser). The Office CDN script is
 * blocked and Office/Excel are stubbed before the page loads with the same
 * fake Excel object model the unit tests use. Walks one builder, the review
 * and the raadsversie by keyboard only; fails on console errors, page errors
 * and CSP violations; saves screenshots to a temporary folder (the images in
 * docs/ come from `npm run screenshots`).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, fakeExcelScript, openPane, startBrowser, focusIsVisible } from '../helpers/browser';
import { BUILDERS } from '../../src/taskpane/builders';

jest.setTimeout(180_000);

/** The workbook the walk-through reviews: three GREX formulas that disagree, and a sheet name that is markup. */
function stubScript(): string {
  return fakeExcelScript(`
  m.evaluate = (_s, _r, _c, f) => (/GREX\\./i.test(f) ? 1000 : '');
  m.seed('Blad1', 'A1', [
    ['Disconteringsvoet', 0.02],
    ['NCW', { f: '=GREX.NCW(B1,C2:F2,2026)', v: 1234.5 }],
    ['NCW midden', { f: '=GREX.NCW(0.02,C3:F3,2026,,"midden")', v: 1220 }],
  ]);
  const odd = '<img src=x onerror=xss()>';
  m.addSheet(odd);
  m.seed(odd, 'A1', [[{ f: '=GREX.NCW(0.03,B1:C1,2026)', v: 5 }]]);
  m.selection = { sheet: 'Blad1', box: { row: 0, col: 0, rows: 1, cols: 1 } };
  window.xss = () => { window.__xss = 1; };`);
}

async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => !!document.activeElement && document.activeElement.matches(sel), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Met Tab niet bereikt: ${selector}`);
}

describe('task pane in Chromium', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let page: Page;
  const problems: string[] = [];
  const foreign: string[] = [];

  beforeAll(async () => {
    ({ browser, server } = await startBrowser());
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    page = await openPane(browser, server.url, stubScript(), { problems, foreign });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(csp).toEqual([]);
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
  });

  test('opens with the builders, fits 320 px and shows a visible focus ring', async () => {
    await page.screenshot({ path: path.join(ARTIFACTS, '01-modellen.png'), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await tabTo(page, '#tab-modellen');
    expect(await focusIsVisible(page)).toBe(true);
    expect(await page.locator('.card').count()).toBe(BUILDERS.length);
  });

  test('builds a grondexploitatie by keyboard only', async () => {
    await tabTo(page, '#bouw-grondexploitatie');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#voorbeeld-tonen');
    await tabTo(page, 'input[name=project]');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Centrumplan');
    await tabTo(page, 'input[name=looptijd]');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('12');
    await tabTo(page, 'input[name=voorbeeld]');
    await page.keyboard.press('Space');
    await tabTo(page, '#voorbeeld-tonen');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#schrijven');
    expect(await page.locator('.confirm').innerText()).toContain('nieuw blad "Grex Centrumplan"');
    await page.screenshot({ path: path.join(ARTIFACTS, '02-bevestigen.png'), fullPage: true });
    await tabTo(page, '#schrijven');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.status-success');
    const status = await page.locator('#status').innerText();
    expect(status).toContain('Klaar: Grondexploitatie (BBV) geschreven naar blad "Grex Centrumplan"');
    const written = await page.evaluate(() => {
      const m = (window as unknown as { __grexFake: { formulas(s: string): { formula: string }[]; active: string } }).__grexFake;
      return { formulas: m.formulas('Grex Centrumplan').map((f) => f.formula), active: m.active };
    });
    expect(written.active).toBe('Grex Centrumplan');
    // the form's Dutch input arrived as Excel values: 2 (%) → 0,02; looptijd 12 → 12 year columns
    const params = await page.evaluate(() => {
      type N = { name: string; sheet: { get(r: number, c: number): { value: unknown } | undefined }; box: { row: number; col: number; cols: number } };
      const m = (window as unknown as { __grexFake: { names: N[] } }).__grexFake;
      const get = (n: string) => m.names.find((x) => x.name === n)!;
      const rente = get('GE_rente');
      return { rente: rente.sheet.get(rente.box.row, rente.box.col)?.value, years: get('GE_kosten').box.cols };
    });
    expect(params).toEqual({ rente: 0.02, years: 12 });
    expect(written.formulas.some((f) => f.startsWith('=GREX.RESULTAAT(GE_beginboekwaarde,GE_kosten'))).toBe(true);
    expect(written.formulas.some((f) => f.startsWith('=GREX.BOEKWAARDE('))).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, '03-geschreven.png'), fullPage: true });
    // what the user typed is kept when the form is opened again
    await tabTo(page, '#bouw-grondexploitatie');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#terug');
    expect(await page.inputValue('input[name=project]')).toBe('Centrumplan');
    expect(await page.inputValue('input[name=looptijd]')).toBe('12');
    await tabTo(page, '#terug');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#bouw-erfpacht');
  });

  test('refuses to write into a non-empty selection and says so in Dutch', async () => {
    await tabTo(page, '#bouw-erfpacht');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#voorbeeld-tonen');
    // choose "Vanaf de geselecteerde cel": Tab to the radio group, arrow to the second option
    await tabTo(page, 'input[type=radio][value=newSheet]');
    await page.keyboard.press('ArrowDown');
    // Enter in a text field submits the form in place (no navigation: CSP form-action 'none')
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('looptijd');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.alert-error');
    expect(await page.locator('.alert-error').innerText()).toContain('GREX schrijft nooit over bestaande inhoud');
    expect(await page.locator('#schrijven').count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, '04-geweigerd.png'), fullPage: true });
  });

  test('reviews the workbook by keyboard and jumps to a flagged cell', async () => {
    await tabTo(page, '#tab-modellen');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-controle');
    await tabTo(page, '#controle-start');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.findings, .review-results p');
    const text = await page.locator('.review-results').innerText();
    expect(text).toContain('Afwijkende disconteringsvoet: 3%');
    expect(text).toContain('Afwijkende timing: midden');
    expect(text).toContain('GREX.RESULTAAT');
    // workbook text is shown as text, never as markup
    expect(text).toContain('<img src=x onerror=xss()>');
    expect(await page.locator('img').count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, '05-controle.png'), fullPage: true });
    await tabTo(page, '.finding .jump');
    const target = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /is geselecteerd/.test(document.getElementById('status')?.textContent ?? ''));
    const sel = await page.evaluate(() => (window as unknown as { __grexFake: { selection: { sheet: string } } }).__grexFake.selection.sheet);
    expect(target).toContain(sel);
    // the review as a sheet for readers without the add-in
    await tabTo(page, '#controle-blad');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /het nieuwe blad "GREX controle"/.test(document.getElementById('status')?.textContent ?? ''));
    const overview = await page.evaluate(() =>
      (window as unknown as { __grexFake: { formulas(s: string): unknown[]; sheet(n: string): unknown } }).__grexFake.formulas('GREX controle'),
    );
    expect(overview).toEqual([]);
  });

  test('makes a raadsversie by keyboard; the copies hold no GREX formula', async () => {
    await tabTo(page, '#tab-controle');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, '#raad-ophalen');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#raad-maken');
    await tabTo(page, '#raad-maken');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#raad-ja');
    // Escape cancels the confirm step and returns focus; then confirm for real
    await page.keyboard.press('Escape');
    await page.waitForSelector('#raad-ja', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('raad-maken');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#raad-ja');
    await tabTo(page, '#raad-ja');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.status-success');
    const status = await page.locator('#status').innerText();
    expect(status).toContain('de raadsversie is gemaakt');
    const result = await page.evaluate(() => {
      const m = (window as unknown as { __grexFake: { sheets: { name: string }[]; formulas(s: string): { formula: string }[] } }).__grexFake;
      const copies = m.sheets.map((s) => s.name).filter((n) => n.endsWith('(raad)') || n.startsWith('Raadsversie'));
      return { copies, grex: copies.flatMap((c) => m.formulas(c).filter((f) => /GREX\./i.test(f.formula))) };
    });
    expect(result.copies.length).toBeGreaterThanOrEqual(3);
    expect(result.grex).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, '06-raadsversie.png'), fullPage: true });
  });
});
