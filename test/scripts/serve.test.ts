/**
 * scripts/serve.js, the server of `npm start` and the browser tests: CORS
 * for Excel on the web, the CSP, loopback only, and no request path or
 * malformed request can take it down.
 */
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require('../../scripts/serve.js');

let root: string;
let server: import('http').Server;
let url: string;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'grex-serve-'));
  fs.writeFileSync(path.join(root, 'functions.json'), '{"functions":[]}');
  fs.writeFileSync(path.join(root, 'functions.js'), '/* bundle */');
  fs.writeFileSync(path.join(root, 'taskpane.html'), '<!doctype html><title>x</title>');
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>GREX</title>');
  fs.mkdirSync(path.join(root, 'help'));
  fs.writeFileSync(path.join(root, 'help', 'index.html'), '<!doctype html><title>help</title>');
  ({ server, url } = await serve({ root }));
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  fs.rmSync(root, { recursive: true, force: true });
});

/** A raw HTTP request line, so that paths fetch() would normalise reach the server as sent. */
function raw(requestLine: string): Promise<string> {
  const { port } = server.address() as net.AddressInfo;
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => s.write(`${requestLine}\r\nHost: localhost\r\nConnection: close\r\n\r\n`));
    let out = '';
    s.on('data', (d) => (out += d));
    s.on('end', () => resolve(out));
    s.on('error', () => resolve(out));
  });
}

test('the add-in files carry Access-Control-Allow-Origin (Excel on the web fetches them cross-origin)', async () => {
  for (const p of ['functions.json', 'functions.js', 'taskpane.html', 'help/index.html', 'missing.js']) {
    const res = await fetch(url + p, { headers: { Origin: 'https://excel.officeapps.live.com' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  }
  const pre = await fetch(url + 'functions.json', {
    method: 'OPTIONS',
    headers: { Origin: 'https://excel.officeapps.live.com', 'Access-Control-Request-Method': 'GET' },
  });
  expect(pre.status).toBe(204);
  expect(pre.headers.get('access-control-allow-methods')).toContain('GET');
});

test('serves files with type, CSP and nosniff', async () => {
  const res = await fetch(url + 'functions.json');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('application/json');
  expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  const landing = await fetch(url); // "/" is the landing page (what GREX is, the help, how to load it)
  expect(landing.status).toBe(200);
  expect(await landing.text()).toContain('<title>GREX</title>');
});

const HOSTILE: [string, RegExp][] = [
  ['GET /%00 HTTP/1.1', /^HTTP\/1\.1 400/],
  ['GET /%00.html HTTP/1.1', /^HTTP\/1\.1 400/],
  ['GET /a%00b/functions.json HTTP/1.1', /^HTTP\/1\.1 400/],
  ['GET /% HTTP/1.1', /^HTTP\/1\.1 400/],
  ['GET /%E0%A4%A HTTP/1.1', /^HTTP\/1\.1 400/],
  ['GET /%0d%0aSet-Cookie:x=1 HTTP/1.1', /^HTTP\/1\.1 400/],
  ['GET /..%2f..%2f..%2fetc%2fpasswd HTTP/1.1', /^HTTP\/1\.1 (403|404)/],
  ['GET /../../etc/passwd HTTP/1.1', /^HTTP\/1\.1 (403|404)/],
  ['GET //etc/passwd HTTP/1.1', /^HTTP\/1\.1 (403|404)/],
  ['GET /%5c..%5c..%5cwindows HTTP/1.1', /^HTTP\/1\.1 (403|404)/],
  ['GET /' + 'a'.repeat(5000) + ' HTTP/1.1', /^HTTP\/1\.1 400/],
  ['POST /functions.json HTTP/1.1', /^HTTP\/1\.1 405/],
  ['GARBAGE', /^HTTP\/1\.1 400|^$/],
  ['GET http://evil.example/functions.json HTTP/1.1', /^HTTP\/1\.1 200/],
];

test.each(HOSTILE.map(([line, re]) => [line.length > 60 ? `${line.slice(0, 30)}… (${line.length} tekens)` : line, line, re] as const))(
  'survives %s',
  async (_title, line, expected) => {
    const out = await raw(line);
    expect(out).toMatch(expected);
    expect(out).not.toMatch(/root:|Set-Cookie/);
    // …and still serves afterwards
    expect((await fetch(url + 'functions.json')).status).toBe(200);
  },
);

test('listens on the loopback interface only', () => {
  const { address } = server.address() as net.AddressInfo;
  expect(address).toBe('127.0.0.1');
});
