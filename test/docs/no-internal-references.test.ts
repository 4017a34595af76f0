/**
 * Nothing a user, auditor or contributor reads cites the project's internal
 * notes: no decision or reference note, no "§" of such a note, no issue
 * number, no path outside the repository. Texts cite public sources (the
 * catalogue in src/core/sources.ts) and the method documents
 * (docs/methode/<area>.md#anchor) instead.
 *
 * Scanned: (a) every text file under src/, docs/ and scripts/, and README.md;
 * (b) the help pages, rendered in memory by src/functions/help.ts; (c) every
 * text a model builder writes with its default answers (cell values, names and
 * their comments, validation prompts, chart titles) and the builder's own form
 * texts. A second test checks that every docs/methode/<file>.md#anchor cited in
 * the repository exists.
 */
import * as fs from 'fs';
import * as path from 'path';
import { renderHelpIndex, renderHelpPage, renderLandingPage } from '../../src/functions/help';
import { REGISTRY } from '../../src/functions/registry';
import { BUILDERS } from '../../src/taskpane/builders';
import { defaults } from '../../src/taskpane/builders/types';
import { anchors } from '../helpers/markdown';

const ROOT = path.join(__dirname, '..', '..');

/** What may not appear. Built from parts, so that the patterns read as patterns. */
const FORBIDDEN: readonly { what: string; re: RegExp }[] = [
  { what: 'decision note', re: new RegExp('\\bDECISIONS\\b') },
  { what: 'reference note', re: new RegExp('\\bREFERENCE\\b') },
  { what: 'section sign with a number', re: /§\s*\d/ },
  { what: 'issue number', re: /\bissue\s*#?\s*\d+/i },
  { what: 'path outside the repository', re: new RegExp('\\.\\./shared') },
];

/** The tests that state the patterns themselves (this one and the README's). */
const ALLOWED: readonly string[] = ['test/readme.test.ts', 'test/docs/no-internal-references.test.ts'];

function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  return new RegExp(`^${body}$`);
}
const ALLOWED_RE = ALLOWED.map(globToRegExp);
const isAllowed = (rel: string) => ALLOWED_RE.some((re) => re.test(rel));

/** Every file under a directory, as paths relative to the repository root with forward slashes. */
function walk(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((d) => {
    const rel = `${dir}/${d.name}`;
    return d.isDirectory() ? walk(rel) : [rel];
  });
}

/** Text files only: a NUL byte marks a binary file (the screenshot in docs/). */
function readText(rel: string): string | undefined {
  const buf = fs.readFileSync(path.join(ROOT, rel));
  return buf.includes(0) ? undefined : buf.toString('utf8');
}

/** "where: line N: what — the line" for every forbidden reference in a text. */
function findings(where: string, text: string): string[] {
  const out: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const f of FORBIDDEN) if (f.re.test(line)) out.push(`${where}:${i + 1}: ${f.what}: ${line.trim().slice(0, 160)}`);
  });
  return out;
}

const FILES = [...walk('src'), ...walk('docs'), ...walk('scripts'), ...walk('bench'), ...walk('test'), 'README.md', 'webpack.config.js'];

/** The ids (function ids, builder ids) defined in the allow-listed files, so that their pages and sheets are skipped too. */
const ALLOWED_IDS = new Set(
  FILES.filter(isAllowed)
    .filter((rel) => rel.startsWith('src/'))
    .flatMap((rel) => [...(readText(rel) ?? '').matchAll(/\bid:\s*'([^']+)'/g)].map((m) => m[1])),
);

/** Every string inside a value, with its path (functions are skipped). */
function strings(value: unknown, at: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([at, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${at}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, at ? `${at}.${k}` : k, out);
  return out;
}

test('the scan covers the source, the method documents, the scripts and the README', () => {
  expect(FILES).toContain('src/core/sources.ts');
  expect(FILES).toContain('docs/methode/index.md');
  expect(FILES).toContain('scripts/update-methode.js');
  expect(FILES.length).toBeGreaterThan(100);
  // the patterns do catch what they are for
  const sample = ['zie DECISIONS Q8', 'REFERENCE §7.1', '(issue 3)', 'Issue #12', '../shared/domain', '§ 2'];
  for (const s of sample) expect({ s, hit: findings('x', s).length > 0 }).toEqual({ s, hit: true });
  for (const s of ['docs/methode/erfpacht.md#formules', 'REFERENCE_YEAR', 'a reference to', 'issues with 3 rows']) {
    expect({ s, hit: findings('x', s).length }).toEqual({ s, hit: 0 });
  }
});

test('no file under src/, docs/, scripts/, bench/, test/ or the README cites an internal note or an issue number', () => {
  const hits = FILES.filter((rel) => !isAllowed(rel)).flatMap((rel) => {
    const text = readText(rel);
    return text === undefined ? [] : findings(rel, text);
  });
  expect(hits).toEqual([]);
});

test('no help page cites an internal note or an issue number', () => {
  const pages: [string, string][] = [
    ['help/index.html', renderHelpIndex()],
    ['index.html', renderLandingPage()],
    ...REGISTRY.filter((s) => !ALLOWED_IDS.has(s.id)).map((s): [string, string] => [`help/${s.id}.html`, renderHelpPage(s)]),
  ];
  expect(pages.length).toBeGreaterThan(40);
  expect(pages.flatMap(([where, html]) => findings(where, html))).toEqual([]);
});

test('no text a model builder writes cites an internal note or an issue number', () => {
  const builders = BUILDERS.filter((b) => !ALLOWED_IDS.has(b.id));
  expect(builders.length).toBeGreaterThanOrEqual(6);
  const hits = builders.flatMap((b) => {
    const { plan: _plan, ...form } = b;
    const texts = [...strings(form, 'form'), ...strings(b.plan(defaults(b)), 'sheet')];
    expect(texts.length).toBeGreaterThan(50);
    return texts.flatMap(([at, s]) => findings(`builder ${b.id}: ${at}`, s));
  });
  expect(hits).toEqual([]);
});

test('every docs/methode/<file>.md#anchor cited in the repository exists', () => {
  // This file is left out: its allow-list names documents that other branches are adding.
  const self = path.relative(ROOT, __filename).split(path.sep).join('/');
  const cited = [...FILES, ...walk('test')]
    .filter((rel) => !isAllowed(rel) && rel !== self)
    .flatMap((rel) =>
      [...(readText(rel) ?? '').matchAll(/docs\/methode\/([a-z0-9-]+\.md)(?:#([\p{L}\p{N}_-]+))?/gu)].map((m) => ({ rel, file: m[1], anchor: m[2] })),
    );
  expect(cited.length).toBeGreaterThan(50);
  const missing = cited.filter(({ file, anchor }) => {
    const p = path.join(ROOT, 'docs', 'methode', file);
    if (!fs.existsSync(p)) return true;
    return anchor !== undefined && !anchors(fs.readFileSync(p, 'utf8')).has(anchor);
  });
  expect(missing.map(({ rel, file, anchor }) => `${rel}: docs/methode/${file}${anchor ? `#${anchor}` : ''}`)).toEqual([]);
});
