/** README.md stays true: its function table is the registry's, and it names the commands it promises. */
import * as fs from 'fs';
import * as path from 'path';
import { renderFunctionTable } from '../src/functions/help';

const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

test('the function table equals the registry (run: npm run build:node && node scripts/update-readme.js)', () => {
  const m = /<!-- functies:begin -->\n([\s\S]*?)\n<!-- functies:end -->/.exec(readme);
  expect(m).not.toBeNull();
  expect(m![1]).toBe(renderFunctionTable());
});

test('set-up, start and test commands are the ones package.json has', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pkg = require('../package.json');
  for (const cmd of ['npm ci', 'npm start', 'npm test', 'npm run bench', 'npm run validate', 'npx grex eval']) expect(readme).toContain(cmd);
  for (const script of ['build', 'build:dev', 'dev-server', 'start', 'stop', 'validate', 'lint', 'test', 'bench', 'fuzz', 'screenshots']) {
    expect(pkg.scripts[script]).toBeDefined();
    expect(readme).toContain(`npm run ${script}`.replace('npm run test', 'npm test').replace('npm run start', 'npm start').replace('npm run stop', 'npm stop'));
  }
});

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

test('every link to a heading of the README lands on a heading, and every linked file exists', () => {
  const anchors = new Set([...readme.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => anchor(m[1])));
  const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
  const broken = links.filter((l) =>
    l.startsWith('#') ? !anchors.has(l.slice(1)) : !/^https?:/.test(l) && !fs.existsSync(path.join(__dirname, '..', l.split('#')[0])),
  );
  expect(links.length).toBeGreaterThan(10);
  expect(broken).toEqual([]);
});

test('the README names no internal document and no package name that cannot be installed', () => {
  expect(readme).not.toMatch(/REFERENCE|DECISIONS|\.\.\/shared|§/);
  expect(readme).not.toContain("require('grex-excel-addin')");
  expect(readme).not.toContain('GREX_SCREENSHOTS');
});

test('the Node example runs as written and gives the values in its comments', () => {
  const block = /```js\n([\s\S]*?)\n```/.exec(readme)![1];
  expect(block).toContain("require('./lib')");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lib = require('../src');
  const lines = block.split('\n').filter((l) => /^(evaluate|call)\(/.test(l));
  expect(lines.length).toBe(3);
  const fn = new Function('require', `${block.split('\n')[0]}\nreturn [${lines.map((l) => l.slice(0, l.lastIndexOf(');') + 1)).join(', ')}];`);
  const values = fn((m: string) => (m === './lib' ? lib : undefined)) as number[];
  expect(values).toEqual([572.9696722979849, 572.9696722979849, 572.9696722979849]);
  expect(lines[0]).toContain('// 572.9696722979849');
});

test('the grex eval examples print what the README says, in Dutch and in English notation', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { main } = require('../src/cli/grex');
  const examples = [...readme.matchAll(/^npx grex eval '([^']+)'\s+# (\S+)/gm)].map((m) => ({ formula: m[1], shown: m[2] }));
  expect(examples.map((e) => e.formula)).toEqual(['=GREX.NCW(0,02;{100\\200\\300};2025)', '=GREX.NCW(0.02,{100,200,300},2025)']);
  for (const e of examples) {
    const out: string[] = [];
    expect(main(['eval', e.formula], { out: (s: string) => out.push(s), err: () => undefined })).toBe(0);
    expect(out).toEqual([e.shown]);
  }
});

test('the formula example of "De eerste formule" is the help pages\' Dutch notation of the English one, with its rounded result', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { toDutchFormula, formatNumberNl } = require('../src/functions/notation');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { evaluate } = require('../src');
  const row = /^\| formule \| `([^`]+)` \| `([^`]+)` \|$/m.exec(readme)!;
  expect(row[1]).toBe(toDutchFormula(row[2]));
  const result = /^\| uitkomst \| `([^`]+)` \|/m.exec(readme)!;
  expect(result[1]).toBe(formatNumberNl(evaluate(row[2])));
});
