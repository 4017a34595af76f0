/**
 * `npm start` on Linux (no Excel, no sudo): builds, serves the add-in over
 * HTTPS on localhost with a certificate made without root, prints the
 * sideload steps, and keeps serving until stopped.
 */
import { spawn, ChildProcess } from 'child_process';
import * as https from 'https';
import * as path from 'path';
import * as fs from 'fs';
import * as os from 'os';

const ROOT = path.join(__dirname, '..', '..');
const PORT = 3900 + Math.floor(Math.random() * 90);
let child: ChildProcess;
let output = '';
// Build and record into temporary folders: a served dist/ and its record are never touched.
const OUT = fs.mkdtempSync(path.join(os.tmpdir(), 'grex-start-'));
const STATE = fs.mkdtempSync(path.join(os.tmpdir(), 'grex-start-state-'));

function get(url: string): Promise<{ status: number; body: string; csp?: string; cors?: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { rejectUnauthorized: false }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body,
            csp: res.headers['content-security-policy'] as string | undefined,
            cors: res.headers['access-control-allow-origin'] as string | undefined,
          }),
        );
      })
      .on('error', reject);
  });
}

beforeAll(async () => {
  child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.js')], {
    cwd: ROOT,
    env: { ...process.env, GREX_PORT: String(PORT), GREX_NO_SIDELOAD: '1', GREX_DIST: OUT, GREX_STATE_DIR: STATE },
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
  if (child?.exitCode === null) child.kill('SIGTERM');
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.rmSync(STATE, { recursive: true, force: true });
});

test('serves the task pane, the functions and the help over HTTPS with the CSP', async () => {
  expect(output).toContain(`https://localhost:${PORT}/`);
  for (const p of ['', 'taskpane.html', 'functions.json', 'help/NCW.html', 'manifest.xml']) {
    const r = await get(`https://localhost:${PORT}/${p}`);
    expect(r.status).toBe(200);
    // pages that run script: own origin and the Office CDN; help pages: no script at all
    expect(r.cors).toBe('*');
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
  expect(output).toContain(path.join(OUT, 'manifest.xml'));
});

test('builds into the folder it was given, never dist/', () => {
  expect(fs.existsSync(path.join(OUT, 'functions.js'))).toBe(true);
  expect(fs.existsSync(path.join(OUT, 'taskpane.html'))).toBe(true);
});

test('npm stop recognises the server as ours and stops it', async () => {
  expect(fs.existsSync(path.join(STATE, `server-${PORT}.json`))).toBe(true);
  const stop = spawn(process.execPath, [path.join(ROOT, 'scripts', 'stop.js')], { cwd: ROOT, env: { ...process.env, GREX_STATE_DIR: STATE } });
  let out = '';
  stop.stdout!.on('data', (d) => (out += d));
  await new Promise((r) => stop.once('exit', r));
  expect(out).toContain(`server op poort ${PORT} gestopt`);
  await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
  expect(fs.existsSync(path.join(STATE, `server-${PORT}.json`))).toBe(false);
});

test('the certificate was made without root, inside the project', () => {
  const own = fs.existsSync(path.join(process.env.HOME ?? '', '.office-addin-dev-certs', 'localhost.crt'));
  if (!own) expect(fs.existsSync(path.join(ROOT, '.certs', 'localhost.key'))).toBe(true);
});
