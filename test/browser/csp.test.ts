/**
 * Security of the served pages, in headless Chromium:
 * every page the add-in serves (task pane, functions page, commands page,
 * help index and each help page) loads under its Content-Security-Policy
 * with no violation and no console error, and requests nothing from any
 * origin but its own and Microsoft's Office CDN. Office.js itself is served
 * from a stub (no network here), at its real CDN address, so the CSP is
 * exercised exactly as in Excel.
 */
import type { Browser, Page } from 'playwright-core';
import * as fs from 'fs';
import * as path from 'path';
import { DIST, ROOT, startBrowser } from '../helpers/browser';

const OFFICE_CDN = 'https://appsforoffice.microsoft.com';
const OFFICE_STUB = `
  window.Office = {
    onReady: function (cb) {
      var info = { host: 'Excel', platform: 'OfficeOnline' };
      if (cb) setTimeout(function () { cb(info); }, 0);
      return Promise.resolve(info);
    },
    HostType: { Excel: 'Excel' },
  };
  window.CustomFunctions = {
    _ids: [],
    associate: function (id) { window.CustomFunctions._ids.push(id); },
    Error: function (code, message) { this.code = code; this.message = message; },
    ErrorCode: { invalidValue: '#VALUE!', invalidNumber: '#NUM!', notAvailable: '#N/A', invalidName: '#NAME?' },
  };
`;

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  ({ browser, server } = await startBrowser());
}, 240000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function load(pagePath: string): Promise<{ violations: string[]; foreign: string[]; errors: string[]; page: Page }> {
  const page = await browser.newPage();
  const violations: string[] = [];
  const foreign: string[] = [];
  const errors: string[] = [];
  const origin = new URL(server.url).origin;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    if (url.startsWith(OFFICE_CDN + '/lib/1/hosted/office.js') || url.startsWith(OFFICE_CDN + '/lib/1.1/hosted/custom-functions-runtime.js')) {
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STUB });
    }
    if (!url.startsWith('data:')) foreign.push(url);
    return route.abort();
  });
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation: (s: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url + pagePath, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  return { violations, foreign, errors, page };
}

function servedPages(): string[] {
  const help = fs
    .readdirSync(path.join(DIST, 'help'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `help/${f}`);
  return ['taskpane.html', 'functions.html', 'commands.html', ...help];
}

test('every served page loads without CSP violation, console error or foreign request', async () => {
  const pages = servedPages();
  expect(pages.length).toBeGreaterThan(5);
  const problems: string[] = [];
  for (const p of pages) {
    const { violations, foreign, errors, page } = await load(p);
    for (const v of violations) problems.push(`${p}: CSP-schending ${v}`);
    for (const f of foreign) problems.push(`${p}: verzoek naar een andere oorsprong ${f}`);
    for (const e of errors) problems.push(`${p}: consolefout ${e}`);
    await page.close();
  }
  expect(problems).toEqual([]);
});

test('every page carries the policy, and the server sends it as a header too', async () => {
  for (const p of servedPages()) {
    const html = fs.readFileSync(path.join(DIST, p), 'utf8');
    expect(html).toMatch(/http-equiv="?Content-Security-Policy/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i); // no inline script
    expect(html).not.toMatch(/\son[a-z]+=/i); // no inline event handlers
    const res = await fetch(server.url + p);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src/);
    const scriptSrc = /script-src([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).not.toMatch(/unsafe-eval/);
  }
});

test("the functions page loads what Microsoft's custom-functions template loads: the custom-functions runtime, then the bundle", () => {
  const html = fs.readFileSync(path.join(DIST, 'functions.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
  expect(scripts).toEqual(['https://appsforoffice.microsoft.com/lib/1.1/hosted/custom-functions-runtime.js', 'functions.js']);
});

test('the functions page registers every registry function with Excel', async () => {
  const { page } = await load('functions.html');
  const ids = await page.evaluate(() => (window as unknown as { CustomFunctions: { _ids: string[] } }).CustomFunctions._ids);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const meta = JSON.parse(fs.readFileSync(path.join(DIST, 'functions.json'), 'utf8'));
  expect(ids.sort()).toEqual(meta.functions.map((f: { id: string }) => f.id).sort());
  await page.close();
});

test('the CSP really blocks: eval in a same-origin script and an inline script are refused', async () => {
  const page = await browser.newPage();
  const violations: string[] = [];
  const origin = new URL(server.url).origin;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    // A script from our own origin that tries eval: allowed to load, its eval must be refused.
    if (url === `${origin}/__evaltest.js`) {
      return route.fulfill({
        status: 200,
        contentType: 'text/javascript',
        body: "try { eval('1 + 1'); window.__eval = 'ran'; } catch (e) { window.__eval = 'blocked'; }",
      });
    }
    if (url.startsWith(origin)) return route.continue();
    if (url.startsWith(OFFICE_CDN)) return route.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STUB });
    return route.abort();
  });
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation: (s: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(server.url + 'commands.html', { waitUntil: 'load' });
  await page.evaluate(() => {
    const ext = document.createElement('script');
    ext.src = '/__evaltest.js';
    document.head.appendChild(ext);
    const inline = document.createElement('script');
    inline.textContent = 'window.__inline = true';
    document.head.appendChild(inline);
  });
  await page.waitForFunction(() => (window as unknown as { __eval?: string }).__eval !== undefined);
  await page.waitForTimeout(100);
  expect(await page.evaluate(() => (window as unknown as { __eval?: string }).__eval)).toBe('blocked');
  expect(await page.evaluate(() => (window as unknown as { __inline?: boolean }).__inline)).toBeUndefined();
  expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
  await page.close();
});

test('no source file inserts workbook content into the DOM as HTML', () => {
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|js)$/.test(e.name)) {
        // code only: block and line comments may name the forbidden sinks
        const text = fs
          .readFileSync(p, 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/^\s*\/\/.*$/gm, '');
        if (/\.innerHTML\s*[+]?=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/.test(text))
          offenders.push(path.relative(ROOT, p));
      }
    }
  };
  walk(path.join(ROOT, 'src'));
  expect(offenders).toEqual([]);
});
