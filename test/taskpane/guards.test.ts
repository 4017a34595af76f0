/**
 * Static guards: the task pane never turns text into markup, the page has
 * no inline style or script (CSP style-src 'self'), and nothing below the
 * task pane imports it.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}
const strip = (t: string) => t.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

test('no HTML sinks in the task pane: textContent / createElement only', () => {
  const offenders: string[] = [];
  for (const f of files(path.join(ROOT, 'src', 'taskpane'))) {
    const code = strip(fs.readFileSync(f, 'utf8'));
    if (/\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|\beval\s*\(|new Function\s*\(/.test(code))
      offenders.push(path.relative(ROOT, f));
  }
  expect(offenders).toEqual([]);
});

test('the pane has no inline style or script and sets no style attribute from code', () => {
  const html = fs.readFileSync(path.join(ROOT, 'src', 'pages', 'taskpane.html'), 'utf8').replace(/<%[\s\S]*?%>/g, 'TEMPLATE');
  expect(html).not.toMatch(/<style|style=/i);
  const inline = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc=/.test(m[1]) || m[2].trim() !== '');
  expect(inline).toEqual([]);
  for (const f of files(path.join(ROOT, 'src', 'taskpane'))) {
    expect(strip(fs.readFileSync(f, 'utf8'))).not.toMatch(/setAttribute\(\s*['"]style['"]|attrs:\s*\{[^}]*\bstyle\s*:/);
  }
});

test('nothing outside the task pane imports it (the functions bundle stays free of UI code)', () => {
  const offenders: string[] = [];
  for (const f of files(path.join(ROOT, 'src'))) {
    if (f.startsWith(path.join(ROOT, 'src', 'taskpane') + path.sep)) continue;
    if (/from\s+['"][^'"]*taskpane[^'"]*['"]|require\(['"][^'"]*taskpane/.test(fs.readFileSync(f, 'utf8'))) offenders.push(path.relative(ROOT, f));
  }
  expect(offenders).toEqual([]);
});
