/**
 * Browser tests: Debian's Chromium driven by playwright-core (never a
 * downloaded browser), the built dist/ served locally, and no network: every
 * request to another origin is recorded and aborted.
 */
import { execSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** Build dist/ (development mode) unless it is newer than every source file. */
export function ensureDist(): void {
  const marker = path.join(DIST, 'taskpane.html');
  const sources = Math.max(newest(path.join(ROOT, 'src')), fs.statSync(path.join(ROOT, 'webpack.config.js')).mtimeMs);
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs > sources) return;
  execSync('npm run build:dev', { cwd: ROOT, stdio: 'pipe' });
}

export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serve } = require(path.join(ROOT, 'scripts', 'serve.js'));
  const { server, url } = await serve({ root: DIST });
  return { url, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
