/**
 * Layout in headless Chromium (Debian's /usr/bin/chromium via playwright-core):
 * every help page and the help index fit a task pane of 320 and of 450 pixels
 * without horizontal scrolling, and the Controle tab stays usable on a
 * workbook with 500 GREX formulas: the findings first, the formulas grouped
 * by sheet and by function, collapsed, with a filter, and a page of
 * reasonable height.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { DIST, fakeExcelScript, startBrowser } from '../helpers/browser';

jest.setTimeout(240_000);

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  ({ browser, server } = await startBrowser());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page of ours at a given width, with Office's CDN answered by an empty script and every other origin refused. */
async function open(width: number, init?: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
  await page.route(
    (url) => !url.href.startsWith(server.url),
    (route) =>
      route.request().url().startsWith('https://appsforoffice.microsoft.com/')
        ? route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* Office.js is stubbed in tests */' })
        : route.abort(),
  );
  if (init) await page.addInitScript({ content: init });
  return page;
}

/**
 * How far the page scrolls sideways, and the elements that stick out of the
 * viewport without a scrolling box of their own around them (a wide table in
 * an `overflow-x: auto` wrapper is fine; the page itself must not scroll).
 */
async function overflow(page: Page): Promise<{ scroll: number; sticking: string[] }> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const scrolls = (el: Element | null): boolean => {
      for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
        const o = getComputedStyle(e).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
      }
      return false;
    };
    const sticking: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= vw + 0.5) continue;
      if (scrolls(el.parentElement)) continue;
      sticking.push(
        `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> rechts op ${Math.round(r.right)} ` +
          `px: ${(el.textContent ?? '').trim().slice(0, 60)}`,
      );
    }
    return { scroll: document.documentElement.scrollWidth - vw, sticking: sticking.slice(0, 5) };
  });
}

describe('help pages in a narrow task pane', () => {
  const pages = () =>
    fs
      .readdirSync(path.join(DIST, 'help'))
      .filter((f) => f.endsWith('.html'))
      .sort();

  test('the build has the index and a help page per function, some of them long', () => {
    const all = pages();
    expect(all).toContain('index.html');
    expect(all.length).toBeGreaterThan(30);
    const longest = [...all].sort((a, b) => fs.statSync(path.join(DIST, 'help', b)).size - fs.statSync(path.join(DIST, 'help', a)).size)[0];
    // the longest page (many arguments, a table of examples) is among those checked below
    expect(fs.statSync(path.join(DIST, 'help', longest)).size).toBeGreaterThan(8_000);
  });

  for (const width of [320, 450]) {
    test(`every help page and the index fit ${width} px without scrolling sideways`, async () => {
      const page = await open(width);
      const problems: string[] = [];
      for (const p of pages()) {
        await page.goto(`${server.url}help/${p}`, { waitUntil: 'load' });
        const o = await overflow(page);
        if (o.scroll > 0 || o.sticking.length) problems.push(`help/${p} (${width} px): ${o.scroll} px zijwaarts; ${o.sticking.join('; ')}`);
      }
      await page.close();
      expect(problems).toEqual([]);
    });
  }
});

describe('Controle on a workbook with 500 GREX formulas', () => {
  let page: Page;
  const errors: string[] = [];

  // Three sheets, four functions; one cell uses another disconteringsvoet (3%), one rente differs.
  const seed = `
  const sheets = { 'Grex Centrum': 200, 'Grex Noord': 200, 'Erfpacht': 100 };
  m.addSheet('Grex Centrum'); m.addSheet('Grex Noord'); m.addSheet('Erfpacht');
  let n = 0;
  for (const [name, count] of Object.entries(sheets)) {
    const s = m.mustSheet(name);
    for (let i = 0; i < count; i++) {
      const c = s.at(1 + Math.floor(i / 4), i % 4);
      const f = name === 'Erfpacht'
        ? (i % 2 ? '=GREX.ERFPACHT.CANON(100000,0.03)' : '=GREX.ERFPACHT.AFKOOPSOM(3000,0.03)')
        : i % 2
          ? '=GREX.NCW(' + (n === 77 ? '0.03' : '0.02') + ',$F$1:$J$1,2026)'
          : '=GREX.RESULTAAT(0,$F$2:$J$2,$F$3:$J$3,' + (n === 150 ? '0.04' : '0.03') + ',0.02,2026)';
      c.formula = f;
      c.value = 1000 + n;
      n++;
    }
  }
  m.evaluate = (_s, _r, _c, f) => (/GREX\\./i.test(f) ? 1000 : '');
  m.selection = { sheet: 'Blad1', box: { row: 0, col: 0, rows: 1, cols: 1 } };`;

  beforeAll(async () => {
    page = await open(320, fakeExcelScript(seed));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${server.url}taskpane.html`);
    await page.click('#tab-controle');
    await page.click('#controle-start');
    await page.waitForSelector('#formules-kop');
  });

  afterAll(async () => {
    await page?.close();
  });

  afterEach(() => {
    expect(errors).toEqual([]);
  });

  test('reports 500 formulas, the findings come first, then one collapsed group per sheet', async () => {
    expect(await page.locator('#status').innerText()).toContain('500 GREX-formules gevonden');
    const order = await page.evaluate(() => {
      const a = document.getElementById('meldingen-kop')!;
      const b = document.getElementById('formules-kop')!;
      return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? 'meldingen eerst' : 'formules eerst';
    });
    expect(order).toBe('meldingen eerst');
    expect(await page.locator('#formules-kop').innerText()).toBe('GREX-formules (500)');
    const findings = await page.locator('.findings').innerText();
    expect(findings).toContain('Afwijkende disconteringsvoet: 3%');
    const groups = await page.evaluate(() =>
      Array.from(document.querySelectorAll('details.sheet-group')).map((d) => ({
        open: (d as HTMLDetailsElement).open,
        title: d.querySelector('summary')!.textContent,
        cards: d.querySelectorAll('.entry').length,
      })),
    );
    expect(groups.map((g) => g.title)).toEqual([
      'Grex Centrum — 200 formules: GREX.NCW, GREX.RESULTAAT',
      'Grex Noord — 200 formules: GREX.NCW, GREX.RESULTAAT',
      'Erfpacht — 100 formules: GREX.ERFPACHT.AFKOOPSOM, GREX.ERFPACHT.CANON',
    ]);
    expect(groups.every((g) => !g.open && g.cards === 0)).toBe(true);
  });

  test('collapsed, the page stays short; opening a sheet shows its functions, opening a function its cells', async () => {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(3000);
    expect((await overflow(page)).scroll).toBeLessThanOrEqual(0);
    await page.locator('details.sheet-group > summary').nth(1).click();
    const fns = page.locator('details.sheet-group').nth(1).locator('details.fn-group > summary');
    // the function groups are built on the (asynchronous) toggle event too: wait for them
    await fns.first().waitFor();
    expect(await fns.allInnerTexts()).toEqual(['GREX.NCW (100)', 'GREX.RESULTAAT (100)']);
    expect(await page.locator('.entry').count()).toBe(0);
    await fns.nth(0).click();
    // the cards are built on the (asynchronous) toggle event: wait for them, then count exactly
    await page.waitForFunction(() => document.querySelectorAll('.entry').length > 0);
    expect(await page.locator('.entry').count()).toBe(100);
    // the formula is shown in Dutch notation
    expect(await page.locator('.entry code.formula').first().innerText()).toBe('=GREX.NCW(0,02;$F$1:$J$1;2026)');
    // close again: back to a short page
    await fns.nth(0).click();
    await page.locator('details.sheet-group > summary').nth(1).click();
    await page.waitForFunction(() => document.documentElement.scrollHeight < 3000);
  });

  test('the filter narrows findings and formulas and says how many match', async () => {
    const filter = page.locator('.review-filter input');
    await filter.fill('Erfpacht CANON');
    await page.waitForFunction(() => /van 500 formules/.test(document.querySelector('.filter-count')?.textContent ?? ''));
    expect(await page.locator('.filter-count').innerText()).toContain('50 van 500 formules passen bij het filter');
    expect(await page.locator('#formules-kop').innerText()).toBe('GREX-formules (50 van 500)');
    const titles = await page.locator('details.sheet-group > summary').allInnerTexts();
    expect(titles).toEqual(['Erfpacht — 50 formules: GREX.ERFPACHT.CANON']);
    await filter.fill('');
    await page.waitForFunction(() => document.getElementById('formules-kop')?.textContent === 'GREX-formules (500)');
    expect(await page.locator('details.sheet-group').count()).toBe(3);
  });
});
