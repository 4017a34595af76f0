/**
 * Every registry entry, checked automatically: the generated Excel metadata
 * matches the registry one to one; ids and names follow Excel's rules; each
 * function has a help page with its sources; every help example evaluates
 * (through `grex eval`'s path) to the value it states.
 */
import { REGISTRY, findFunction, signature } from '../../src/functions/registry';
import { buildMetadata, isOptional } from '../../src/functions/metadata';
import { renderHelpPage, renderHelpIndex, renderFunctionTable } from '../../src/functions/help';
import { tryEvaluate } from '../../src/cli/evaluate';
import { ArgList } from '../../src/functions/args';

const BASE = 'https://localhost:3000/';
const meta = buildMetadata(BASE).functions;

describe('metadata matches the registry one to one', () => {
  test('same ids in the same order', () => {
    expect(meta.map((m) => m.id)).toEqual(REGISTRY.map((s) => s.id));
  });

  test.each(REGISTRY.map((s) => [s.id, s] as const))('%s', (_id, spec) => {
    const m = meta.find((x) => x.id === spec.id)!;
    expect(m.name).toBe(spec.id);
    expect(m.description).toBe(spec.description);
    expect(m.helpUrl).toBe(`${BASE}help/${spec.id}.html`);
    expect(m.parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
    spec.params.forEach((p, i) => {
      expect(m.parameters[i].optional ?? false).toBe(isOptional(p));
      expect(m.parameters[i].dimensionality).toBe(['series', 'table', 'labelled', 'tuple', 'rows', 'record'].includes(p.kind) ? 'matrix' : 'scalar');
      expect(m.parameters[i].description.length).toBeGreaterThan(5);
    });
    expect(m.result.dimensionality).toBe(spec.result.shape === 'scalar' ? 'scalar' : 'matrix');
  });
});

describe('naming rules (Excel custom functions, Dutch domain names)', () => {
  test.each(REGISTRY.map((s) => [s.id, s] as const))('%s', (_id, spec) => {
    // id: A–Z, 0–9, underscore and period; starts with a letter; at least three characters
    expect(spec.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
    expect(spec.description.length).toBeGreaterThan(10);
    // optional parameters only after the required ones (Excel's rule)
    const firstOptional = spec.params.findIndex(isOptional);
    if (firstOptional >= 0) expect(spec.params.slice(firstOptional).every(isOptional)).toBe(true);
    // unique parameter names, lower-case Dutch identifiers
    const names = spec.params.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    names.forEach((n) => expect(n).toMatch(/^[a-z][a-z0-9_]*$/));
    expect(spec.sources.length).toBeGreaterThan(0);
    expect(spec.help.formula.length).toBeGreaterThan(0);
    expect(findFunction(`=grex.${spec.id.toLowerCase()}`)).toBe(spec);
    expect(signature(spec).startsWith(`GREX.${spec.id}(`)).toBe(true);
  });
  test('a series parameter that must match another names an existing series', () => {
    for (const s of REGISTRY) {
      for (const p of s.params) {
        if (p.kind === 'series' && p.sameLengthAs) {
          const other = s.params.find((q) => q.name === p.sameLengthAs);
          expect(other?.kind).toBe('series');
        }
      }
    }
  });
  test('a "like" result names a series parameter', () => {
    for (const s of REGISTRY) {
      if (s.result.shape === 'like') {
        const param = s.result.param;
        expect(s.params.find((q) => q.name === param)?.kind).toBe('series');
      }
    }
  });
  test('Args refuses a parameter name that the spec does not have', () => {
    const a = new ArgList([{ name: 'x', kind: 'number', description: '' }], [1]);
    expect(() => a.number('y')).toThrow(/interne fout/);
  });
});

describe('help pages', () => {
  test.each(REGISTRY.map((s) => [s.id, s] as const))('%s', (_id, spec) => {
    const html = renderHelpPage(spec);
    expect(html).toContain(`<h1>GREX.${spec.id}</h1>`);
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/<script/i);
    for (const p of spec.params) expect(html).toContain(`<code>${p.name}</code>`);
    for (const src of spec.sources) if (src.url) expect(html).toContain(src.url.replace(/&/g, '&amp;'));
  });
  test('the index and README table list every function', () => {
    const index = renderHelpIndex();
    const table = renderFunctionTable();
    for (const s of REGISTRY) {
      expect(index).toContain(`href="${s.id}.html"`);
      expect(table).toContain(`GREX.${s.id}(`);
    }
  });
  test('text is escaped', () => {
    const spec = { ...REGISTRY[0], description: '<img src=x onerror=alert(1)>' };
    expect(renderHelpPage(spec)).not.toContain('<img src=x');
  });
});

const examples = REGISTRY.flatMap((s) => (s.help.examples ?? []).map((x) => [s.id, x.formula, x] as const));

describe('help examples evaluate to the value they state', () => {
  test('every function has at least one example', () => {
    expect(REGISTRY.filter((s) => !(s.help.examples ?? []).length).map((s) => s.id)).toEqual([]);
  });
  test.each(examples)('%s: %s', (id, formula, x) => {
    const out = tryEvaluate(formula);
    if (!out.ok) throw new Error(`${formula} gaf ${out.error.code} ${out.error.message}`);
    const first = Array.isArray(out.value) ? out.value[0][0] : out.value;
    expect(formula.toUpperCase()).toContain(`GREX.${id}(`);
    if (typeof x.result === 'number') {
      expect(typeof first).toBe('number');
      const tol = Math.max(1e-9, Math.abs(x.result) * (x.tolerance ?? 1e-9));
      expect(Math.abs((first as number) - x.result)).toBeLessThanOrEqual(tol);
    } else {
      expect(first).toBe(x.result);
    }
  });
});
