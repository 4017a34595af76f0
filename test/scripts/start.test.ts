/**
 * `npm start` on Linux (no Excel, no sudo): builds, serves the add-in over
 * HTTPS on localhost with a certificate made without root, prints the
 * sideload steps, and keeps serving until stopped.
 */
import { spawn, ChildProcess } from 'child_process';
import * as https from 'https';
import * as path from 'path';
import * as fs from 'fs';

const ROOT = path.join(__dirname, '..', '..');
const PORT = 3900 + Math.floor(Math.random() * 90);
let child: ChildProcess;
let output = '';

function get(url: string): Promise<{ status: number; body: string; csp?: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { rejectUnauthorized: false }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, csp: res.headers['content-security-policy'] as string | undefined }));
      })
      .on('error', reject);
  });
}

beforeAll(async () => {
  child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.js')], {
    cwd: ROOT,
    env: { ...process.env, GREX_PORT: String(PORT), GREX_NO_SIDELOAD: '1' },
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const deadline = Date.now() + 180000;
  while (!output.includes('GREX wordt geserveerd') && Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start stopte: ${output.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}, 200000);

afterAll(() => {
  child?.kill('SIGTERM');
});

test('serves the task pane, the functions and the help over HTTPS with the CSP', async () => {
  expect(output).toContain(`https://localhost:${PORT}/`);
  for (const p of ['', 'taskpane.html', 'functions.json', 'help/NCW.html', 'manifest.xml']) {
    const r = await get(`https://localhost:${PORT}/${p}`);
    expect(r.status).toBe(200);
    // pages that run script: own origin and the Office CDN; help pages: no script at all
    expect(r.csp).toMatch(p.startsWith('help/') ? /^default-src 'none'/ : /script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
  }
});

test('the served manifest and metadata point at the port in use', async () => {
  const m = await get(`https://localhost:${PORT}/manifest.xml`);
  expect(m.body).toContain(`https://localhost:${PORT}/functions.json`);
  const meta = JSON.parse((await get(`https://localhost:${PORT}/functions.json`)).body);
  expect(meta.functions[0].helpUrl).toBe(`https://localhost:${PORT}/help/NCW.html`);
});

test('prints the steps to sideload into Excel on the web', () => {
  expect(output).toContain('Mijn invoegtoepassing uploaden');
  expect(output).toContain(path.join(ROOT, 'dist', 'manifest.xml'));
});

test('the certificate was made without root, inside the project', () => {
  const own = fs.existsSync(path.join(process.env.HOME ?? '', '.office-addin-dev-certs', 'localhost.crt'));
  if (!own) expect(fs.existsSync(path.join(ROOT, '.certs', 'localhost.key'))).toBe(true);
});
