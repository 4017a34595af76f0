/**
 * Browser tests: Debian's Chromium driven by playwright-core (never a
 * downloaded browser), a development build served locally, and no network:
 * every request to another origin is recorded and aborted. The build goes
 * to a temporary folder (never dist/, which `npm start` may be serving).
 */
import { execSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..');
/** One test build per checkout, shared by the browser test files, rebuilt when a source is newer. */
export const DIST = path.join(os.tmpdir(), `grex-test-dist-${crypto.createHash('sha1').update(ROOT).digest('hex').slice(0, 10)}`);
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** Build DIST (development mode) unless it is newer than every source file. */
export function ensureDist(): void {
  const marker = path.join(DIST, 'taskpane.html');
  const sources = Math.max(newest(path.join(ROOT, 'src')), newest(path.join(ROOT, 'config')), fs.statSync(path.join(ROOT, 'webpack.config.js')).mtimeMs);
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs > sources) return;
  // Build beside it and swap in with a rename, so a parallel test file never sees half a build.
  const tmp = `${DIST}.${process.pid}`;
  execSync('npx tsc -p tsconfig.node.json', { cwd: ROOT, stdio: 'pipe' });
  execSync(`npx webpack --mode development --env outDir=${JSON.stringify(tmp)}`, { cwd: ROOT, stdio: 'pipe' });
  fs.rmSync(DIST, { recursive: true, force: true });
  try {
    fs.renameSync(tmp, DIST);
  } catch {
    fs.rmSync(tmp, { recursive: true, force: true }); // another worker won the race; its build is as new
  }
}

export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serve } = require(path.join(ROOT, 'scripts', 'serve.js'));
  const { server, url } = await serve({ root: DIST });
  return { url, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** The built pane served on an OS-chosen port and a headless Chromium: a browser test file's beforeAll. */
export async function startBrowser(): Promise<{ browser: Browser; server: { url: string; close: () => Promise<void> } }> {
  ensureDist();
  const server = await serveDist();
  return { server, browser: await launchChromium() };
}

/** Does the focused element show a focus ring of at least 2 px? */
export async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const s = getComputedStyle(el);
    return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  });
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Screenshots of the browser tests go to a temporary folder (the docs images come from `npm run screenshots`). */
export const ARTIFACTS = process.env.GREX_ARTIFACTS || path.join(os.tmpdir(), 'grex-test-artifacts');

/**
 * A script for page.addInitScript that installs window.Office and
 * window.Excel on the fake Excel model the unit tests use
 * (test/taskpane/fake-excel.ts). `seed` is JavaScript run with `m` (the
 * model, one sheet "Blad1") and `F` (the fake module) in scope; the model
 * is window.__grexFake. CSP violations are collected in window.__csp.
 */
export function fakeExcelScript(seed: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ts = require('typescript') as typeof import('typescript');
  const transpile = (...parts: string[]) =>
    ts.transpileModule(fs.readFileSync(path.join(ROOT, ...parts), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    }).outputText;
  // The fake's one import (the add-in's A1 arithmetic, itself without imports) is served by a one-module require.
  const address = transpile('src', 'workbook', 'address.ts');
  const js = transpile('test', 'taskpane', 'fake-excel.ts');
  return `(() => {
  const address = (() => { const exports = {}; const module = { exports }; ${address}; return module.exports; })();
  const require = (id) => { if (id.endsWith('/workbook/address')) return address; throw new Error('fake-excel: ' + id); };
  const exports = {}; const module = { exports };
  ${js}
  const F = module.exports.FakeWorkbookModel ? module.exports : exports;
  const m = new F.FakeWorkbookModel(['Blad1']);
  ${seed}
  window.__grexFake = m;
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
  window.Office = {
    onReady: (cb) => Promise.resolve({ host: 'Excel', platform: 'PC' }).then((i) => { if (cb) cb(i); return i; }),
    HostType: { Excel: 'Excel' },
  };
  window.Excel = { run: F.fakeRun(m) };
})();`;
}

/**
 * A 320 px page with the task pane loaded: Office.js from the CDN is stubbed, every other foreign request is
 * aborted and recorded in `foreign`, console errors and warnings and page errors go to `problems`; `initScript`
 * (the fake Excel) runs before the pane's own scripts.
 */
export async function openPane(browser: Browser, serverUrl: string, initScript: string, log: { problems: string[]; foreign: string[] }): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 }, deviceScaleFactor: 1 });
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') log.problems.push(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (e) => log.problems.push(`pageerror: ${e.message}`));
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* Office.js is stubbed in tests */' }),
  );
  await page.route(
    (url) => !url.href.startsWith(serverUrl) && !url.href.startsWith('https://appsforoffice.microsoft.com/'),
    (route) => {
      log.foreign.push(route.request().url());
      return route.abort();
    },
  );
  await page.addInitScript({ content: initScript });
  await page.goto(`${serverUrl}taskpane.html`);
  await page.waitForSelector('#tab-modellen');
  return page;
}
