/**
 * The method documents and the one source catalogue agree: each document's
 * sources table is the one rendered from the catalogue, every method section
 * the catalogue names exists, every source id a document mentions is in the
 * catalogue, every catalogue entry is cited somewhere, and the verification
 * review holds (a copy of a document on a third-party site is not [V]).
 */
import * as fs from 'fs';
import * as path from 'path';
import { SOURCE_CATALOGUE, type SourceId } from '../../src/core/sources';
import { METHODE_FILE, renderMethodeSources, withMethodeSources } from '../../src/functions/methode';
import { REGISTRY } from '../../src/functions/registry';
import { cite } from '../../src/functions/sources';
import { anchors } from '../helpers/markdown';

const ROOT = path.join(__dirname, '..', '..');
const DIR = path.join(ROOT, 'docs', 'methode');
const docs = fs.readdirSync(DIR).filter((f) => f.endsWith('.md'));
const read = (f: string) => fs.readFileSync(path.join(DIR, f), 'utf8');
const ids = Object.keys(SOURCE_CATALOGUE) as SourceId[];

test.each([...new Set(Object.values(METHODE_FILE))])('docs/methode/%s.md: the sources table is the catalogue’s (node scripts/update-methode.js)', (file) => {
  const text = read(`${file}.md`);
  expect(withMethodeSources(text, file)).toBe(text);
  expect(renderMethodeSources(file).split('\n').length).toBeGreaterThan(3);
});

test('every method section the catalogue names exists', () => {
  for (const id of ids) {
    const url = SOURCE_CATALOGUE[id].url;
    if (!url?.startsWith('docs/')) continue;
    const [file, anchor] = url.split('#');
    const p = path.join(ROOT, file);
    expect({ id, exists: fs.existsSync(p) }).toEqual({ id, exists: true });
    expect({ id, anchor: anchors(fs.readFileSync(p, 'utf8')).has(anchor) }).toEqual({ id, anchor: true });
  }
});

test.each(docs)('docs/methode/%s: local links resolve and mentioned source ids exist', (f) => {
  const text = read(f);
  for (const m of text.matchAll(/\]\(([^)<>]+)\)/g)) {
    if (/^[a-z]+:/.test(m[1])) continue;
    const [target, anchor] = m[1].split('#');
    const file = target === '' ? f : target;
    expect({ link: m[1], exists: fs.existsSync(path.join(DIR, file)) }).toEqual({ link: m[1], exists: true });
    if (anchor) expect({ link: m[1], anchor: anchors(read(file)).has(anchor) }).toEqual({ link: m[1], anchor: true });
  }
  // Source ids are checked in the documents whose sources table comes from the catalogue (and the index).
  if (![...Object.values(METHODE_FILE), 'index'].includes(f.replace(/\.md$/, ''))) return;
  const body = text.slice(0, text.indexOf('<!-- bronnen:begin -->') >>> 0);
  for (const m of body.matchAll(/`([a-z0-9]+(?:-[a-z0-9]+){1,})`/g)) expect(ids).toContain(m[1]);
});

test('every catalogue entry is cited by a function, a builder note, the core or a method document', () => {
  const corpus = [
    ...REGISTRY.flatMap((s) => s.sources.map((x) => x.id)),
    fs.readFileSync(path.join(ROOT, 'src/taskpane/sheet/sources.ts'), 'utf8'),
    ...docs.map(read),
  ].join('\n');
  for (const id of ids) expect({ id, cited: corpus.includes(id) }).toEqual({ id, cited: true });
});

test('each address is catalogued once, and every registry citation carries its catalogue tag or a weaker one', () => {
  const urls = ids.map((id) => SOURCE_CATALOGUE[id].url).filter(Boolean);
  expect(new Set(urls).size).toBe(urls.length);
  for (const spec of REGISTRY) for (const s of spec.sources) expect(SOURCE_CATALOGUE[s.id].url ?? undefined).toBe(s.url);
  expect(() => cite('methode-erfpacht-formules', 'x', 'V')).toThrow(/sterker/);
  expect(cite('grondvermogen-canon', 'x', 'V-ind').tag).toBe('V-ind');
});

test('review: a copy on a third-party site, commentary or news is not [V]', () => {
  const hosts = ['5dok.net', 'adoc.pub', 'fdocuments', 'dokumen.tips', 'lexboost.com', 'avdr.nl', 'rechtspraakbestuursrecht.nl', 'bisdomgroningen.nl'];
  hosts.push('scobe.nl', 'hoogstate.nl', 'nhnieuws', 'denoordwester', 'denhaagcentraal', 'stadszaken', 'telegraaf');
  const secondary = new RegExp(hosts.map((h) => h.replace(/\./g, '\\.')).join('|'));
  for (const id of ids) {
    const s = SOURCE_CATALOGUE[id] as { url?: string; tag: string };
    if (s.url && secondary.test(s.url)) expect({ id, tag: s.tag }).not.toEqual({ id, tag: 'V' });
  }
});
