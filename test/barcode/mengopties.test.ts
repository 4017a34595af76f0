/**
 * GREX.MENGOPTIES: stacking, mixing and combining options, their
 * admissibility (docs/methode/barcode.md#functiemenging), the best combination (exhaustive up
 * to 12 allowed options, greedy above) and the room left for work.
 * Expected values are derived by hand in the comments.
 */
import * as core from '../../src/core/barcode';
import { MENGOPTIES_COLUMNS, EXHAUSTIVE_MAX } from '../../src/core/barcode';
import { rng, int, pick } from '../helpers/random';
import { expectClose, value, excelError } from '../helpers/cases';
import { EXAMPLE, PROGRAMME, rows } from './fixtures';

const M = 'GREX.MENGOPTIES';
const col = (name: (typeof MENGOPTIES_COLUMNS)[number]): number => MENGOPTIES_COLUMNS.indexOf(name);
const C = {
  keuze: col('keuze'),
  soort: col('soort'),
  toegestaan: col('toegestaan'),
  winst: col('ruimtewinst (m²)'),
  claim: col('ruimteclaim (m²)'),
  past: col('past'),
  werken: col('grond voor werken (m²)'),
  ruimteWerken: col('ruimte over voor werken (m²)'),
  waarde: col('grondwaarde (€)'),
  toelichting: col('toelichting'),
};

// Options on the example table (header row included, as a user would select it).
const OPTIONS = [
  ['naam', 'soort', 'functie', 'factor', 'met_functie', 'bouwkundig_gescheiden', 'afstand', 'gebiedstype'],
  ['Wonen 3 lagen', 'stapelen', 'Wonen', 3, null, null, null, null],
  ['Wonen 5 lagen', 'stapelen', 'Wonen', 5, null, null, null, null],
  ['Schoolplein = speelplek', 'combineren', 'Onderwijs', 1, 'Sport', null, null, null],
  ['Werken in de plint', 'mengen', 'Werken', 0.4, null, null, null, null],
  ['Zorg in de plint', 'mengen', 'Zorg en welzijn', 1, 'Wonen', null, null, null],
  ['Sport op het dak', 'stapelen', 'Sport', 2, null, null, null, null],
];

describe('worked case: the example table, 3.000 woningen, 2.800 huishoudens, 2.000 banen, 450.000 m² available', () => {
  // Base claims (see barcode.test.ts): Wonen 180.000, Werken 50.000, Groen 210.000, Bomen 0,
  // Onderwijs 12.000, Sport 18.000, Zorg 6.000; total 476.000 > 450.000 → 26.000 m² short.
  // Work land 50.000; room left for work = 450.000 − (476.000 − 50.000) = 24.000.
  const out = rows(value(M, PROGRAMME, EXAMPLE, 450000, OPTIONS));
  const src = 'hand: model of the MENGOPTIES help applied to the example table';
  const byName = (n: string) => out.find((r) => r[C.keuze] === n)!;

  test('row "zonder opties"', () => {
    const r = out[0];
    expect(r.slice(0, 3)).toEqual(['zonder opties', 'basis', 'ja']);
    expectClose(r[C.claim] as number, { name: 'basis', source: src, expected: 476000 });
    expect(r[C.past]).toBe('nee');
    expect(r[C.werken]).toBe(50000);
    expect(r[C.ruimteWerken]).toBe(24000);
    expect(r[C.toelichting]).toBe('past niet: 26.000 m² tekort');
  });

  test.each([
    // name, allowed, saving, derivation
    ['Wonen 3 lagen', 'ja', 120000], //        180.000 − 180.000/3 = 120.000 (3 ≤ 4 lagen allowed)
    ['Wonen 5 lagen', 'nee', 144000], //       180.000 − 180.000/5 = 144.000, but 5 > 4 lagen
    ['Schoolplein = speelplek', 'ja', 12000], // shared 1 × min(12.000, 18.000) = 12.000
    ['Werken in de plint', 'ja', 20000], //    0,4 × 50.000 = 20.000 (Werken is category A)
    ['Zorg in de plint', 'ja', 6000], //       1 × 6.000 (Zorg is category A)
    ['Sport op het dak', 'nee', 9000], //      18.000 − 18.000/2 = 9.000, but Sport is not stackable
  ])('%s: allowed %s, saves %d m²', (name, allowed, saving) => {
    const r = byName(name);
    expect(r[C.toegestaan]).toBe(allowed);
    expectClose(r[C.winst] as number, { name: `${name} saving`, source: src, expected: saving });
    expectClose(r[C.claim] as number, { name: `${name} claim`, source: src, expected: 476000 - saving });
  });

  test('reasons name the rule', () => {
    expect(byName('Wonen 5 lagen')[C.toelichting]).toBe('niet toegestaan: 5 lagen is meer dan de 4 lagen die de normen toestaan');
    expect(byName('Sport op het dak')[C.toelichting]).toContain('niet stapelbaar');
    expect(byName('Werken in de plint')[C.toelichting]).toContain('functiemengingscategorie A');
  });

  test('best combination: Wonen 3 lagen + schoolplein + werken in de plint + zorg in de plint', () => {
    // Wonen 60.000; Werken 0,6 × 50.000 = 30.000; Zorg 0; Onderwijs 12.000 − 12.000 = 0 (the smaller of the pair);
    // Sport 18.000; Groen 210.000; Bomen 0 → 318.000; saving 158.000; fits, 132.000 left.
    // Work land 30.000; room for work = 450.000 − (318.000 − 30.000) = 162.000.
    const best = out[out.length - 1];
    expect(best[C.keuze]).toBe('beste combinatie: Wonen 3 lagen + Schoolplein = speelplek + Werken in de plint + Zorg in de plint');
    expectClose(best[C.claim] as number, { name: 'best claim', source: src, expected: 318000 });
    expectClose(best[C.winst] as number, { name: 'best saving', source: src, expected: 158000 });
    expect(best[C.past]).toBe('ja');
    expect(best[C.werken]).toBe(30000);
    expect(best[C.ruimteWerken]).toBe(162000);
    // 4 allowed options, Wonen 3 lagen excludes nothing else allowed: 2^4 = 16 combinations
    expect(best[C.toelichting]).toBe(
      'exhaustief: alle 16 combinaties van 4 toegestane opties doorzocht (opties die elkaar uitsluiten niet samen); past; 132.000 m² blijft over',
    );
  });

  test('land value per choice: € 25.000 per woning for Wonen, € 150 per m² grond for Werken', () => {
    // Wonen per eenheid: 3.000 × 25.000 = 75.000.000 in every choice.
    // Werken per m²: base 50.000 × 150 = 7.500.000; plint 30.000 × 150 = 4.500.000.
    const gw = [
      ['functie', 'bedrag', 'grondslag'],
      ['Wonen', 25000, 'eenheid'],
      ['Werken', 150, 'm2'],
    ];
    const v = rows(value(M, PROGRAMME, EXAMPLE, 450000, OPTIONS, gw));
    expect(v[0][C.waarde]).toBe(82500000);
    expect(v.find((r) => r[C.keuze] === 'Wonen 3 lagen')![C.waarde]).toBe(82500000);
    expect(v.find((r) => r[C.keuze] === 'Werken in de plint')![C.waarde]).toBe(79500000);
    expect(v[v.length - 1][C.waarde]).toBe(79500000);
    // without land values the column is empty
    expect(out[0][C.waarde]).toBe('');
  });
});

// A small norm table with work functions of every kind; units kept apart so jobs are not counted twice.
const NORMS = [
  ['Wonen', 'woning', 50, 'wonen', 4, null],
  ['Atelier', 'baan atelier', 20, 'werken', null, 'A'],
  ['Werkplaats', 'baan werkplaats', 30, 'werken', null, 'B'],
  ['Garagebedrijf', 'baan garage', 40, 'werken', null, 'C'],
  ['Drukkerij', 'baan drukkerij', 35, 'werken', null, '3.1'],
  ['Bakkerij', 'baan bakkerij', 25, 'werken', null, 1],
  ['Opslag', 'baan opslag', 60, 'werken', null, null],
  ['Groen', 'woning', 40, 'groen', null, null],
];
const PROG = [
  ['woning', 1000],
  ['baan atelier', 100],
  ['baan werkplaats', 100],
  ['baan garage', 100],
  ['baan drukkerij', 100],
  ['baan bakkerij', 100],
  ['baan opslag', 100],
];
// base: 50.000 + 2.000 + 3.000 + 4.000 + 3.500 + 2.500 + 6.000 + 40.000 = 111.000

describe('admissibility of mengen (VNG 2009 functiemenging and richtafstanden)', () => {
  const one = (opt: unknown[]) => {
    const out = rows(value(M, PROG, NORMS, 200000, [opt]));
    return { toegestaan: out[1][C.toegestaan], winst: out[1][C.winst], reden: out[1][C.toelichting], best: out[2] };
  };
  test('a category C activity next to housing is refused with the reason, and stays out of the best combination', () => {
    const r = one(['Garage in de plint', 'mengen', 'Garagebedrijf', 1]);
    expect(r.toegestaan).toBe('nee');
    expect(r.winst).toBe(4000); // what it would have saved: 100 × 40
    expect(r.reden).toBe(
      'niet toegestaan: functiemengingscategorie C hoort niet naast of onder woningen, alleen langs hoofdinfrastructuur (VNG 2009; categorie C [R])',
    );
    expect(r.best[C.keuze]).toBe('beste combinatie: geen optie');
    expect(r.best[C.claim]).toBe(111000);
    expect(r.best[C.toelichting]).toContain('geen toegestane opties');
  });
  test('C is refused even when structurally separated and far away', () => {
    expect(one(['x', 'mengen', 'Garagebedrijf', 1, 'Wonen', true, 500, 'RUSTIG']).toegestaan).toBe('nee');
  });
  test.each([
    ['A, aanpandig', ['x', 'mengen', 'Atelier', 1], 'ja', 'functiemengingscategorie A'],
    ['B, not separated', ['x', 'mengen', 'Werkplaats', 1], 'nee', 'alleen bouwkundig gescheiden'],
    ['B, separated (WAAR)', ['x', 'mengen', 'Werkplaats', 1, null, true], 'ja', 'bouwkundig gescheiden'],
    ['B, separated ("ja" typed)', ['x', 'mengen', 'Werkplaats', 1, null, 'ja'], 'ja', 'bouwkundig gescheiden'],
    ['3.1 at 50 m, rustig (richtafstand 50)', ['x', 'mengen', 'Drukkerij', 1, null, null, 50], 'ja', 'afstand 50 m ≥ richtafstand 50 m (rustige woonwijk)'],
    ['3.1 at 40 m, rustig', ['x', 'mengen', 'Drukkerij', 1, null, null, 40], 'nee', 'afstand 40 m < richtafstand 50 m (rustige woonwijk)'],
    ['3.1 at 40 m, gemengd (richtafstand 30)', ['x', 'mengen', 'Drukkerij', 1, null, null, 40, 'gemengd'], 'ja', 'richtafstand 30 m (gemengd gebied)'],
    ['3.1 without a distance', ['x', 'mengen', 'Drukkerij', 1], 'nee', 'de afstand tot woningen is niet opgegeven'],
    ['1 without a distance, gemengd (0 m)', ['x', 'mengen', 'Bakkerij', 1, null, null, null, 'GEMENGD'], 'ja', 'richtafstand 0 m'],
    ['1 without a distance, rustig (10 m)', ['x', 'mengen', 'Bakkerij', 1], 'nee', 'richtafstand van 10 m'],
    ['no category at all', ['x', 'mengen', 'Opslag', 1], 'nee', 'niet te toetsen'],
    ['into a function that is not housing', ['x', 'mengen', 'Atelier', 1, 'Groen'], 'nee', 'niet de categorie "wonen"'],
    ['housing into housing', ['x', 'mengen', 'Wonen', 1, 'Wonen'], undefined, undefined],
  ])('%s', (_what, opt, allowed, reason) => {
    if (allowed === undefined) {
      expect(excelError(M, PROG, NORMS, 200000, [opt]).message).toBe(
        'GREX.MENGOPTIES: opties (rij 1): functie en met_functie moeten verschillende functies zijn (ontvangen: "Wonen")',
      );
      return;
    }
    const r = one(opt);
    expect(r.toegestaan).toBe(allowed);
    expect(r.reden).toContain(reason);
  });
  test("stapelen up to the norm's layers only; combineren always allowed", () => {
    expect(one(['x', 'stapelen', 'Wonen', 4]).toegestaan).toBe('ja');
    expect(one(['x', 'stapelen', 'Wonen', 4.5]).toegestaan).toBe('nee');
    expect(one(['x', 'stapelen', 'Groen', 1]).toegestaan).toBe('ja'); // 1 layer is the norm itself
    expect(one(['x', 'stapelen', 'Groen', 2]).toegestaan).toBe('nee');
    const c = one(['x', 'combineren', 'Groen', 0.5, 'Opslag']);
    expect(c.toegestaan).toBe('ja');
    expect(c.winst).toBe(3000); // 0,5 × min(40.000, 6.000)
  });
  test('combineren on equal claims reduces the second function (visible in the work land)', () => {
    // woning 50: Wonen 2.500, Groen 50 × 40 = 2.000; baan atelier 100: Atelier 100 × 20 = 2.000 (werken).
    // Atelier + Groen, share 0,5: tie 2.000 = 2.000 → the second (Groen) loses 0,5 × 2.000 = 1.000;
    // work land stays 2.000; claim 2.500 + 2.000 + 1.000 = 5.500.
    const out = rows(
      value(
        M,
        [
          ['woning', 50],
          ['baan atelier', 100],
        ],
        NORMS,
        1e6,
        [['x', 'combineren', 'Atelier', 0.5, 'Groen']],
      ),
    );
    expect(out[1][C.claim]).toBe(5500);
    expect(out[1][C.werken]).toBe(2000);
  });
  test('plinth note when the mixed land exceeds the housing land', () => {
    // Wonen stacked to 4: 12.500; all atelier land 2.000 fits; with a tiny housing programme it would not
    const out = rows(
      value(
        M,
        [
          ['woning', 10],
          ['baan atelier', 100],
        ],
        NORMS,
        1e6,
        [['x', 'mengen', 'Atelier', 1]],
      ),
    );
    // woning 10 → Wonen 500 m², Atelier 2.000 m² into the plinth of 500 m² housing land
    expect(out[1][C.toelichting]).toContain('let op: de gemengde grond (2.000 m²) is groter dan de grond van de woonfunctie (500 m²)');
  });
});

// ---------------------------------------------------------------------------
// The best combination against an independent brute force.

type Opt = { naam: string; soort: 'stapelen' | 'combineren' | 'mengen'; f: number; met?: number; factor: number; allowed: boolean };

/**
 * Independent brute force over all 2^n subsets (bitmasks), written from the
 * help text of GREX.MENGOPTIES, not from the core: claims /= lagen; mixed
 * work × (1 − share); a pair's smaller claim (the second on a tie) loses
 * share × that claim; options of the same kind touching a common function
 * cannot be combined; best = smallest total, then fewest options, then the
 * lexicographically first option numbers.
 */
function lessThan(a: { total: number; set: number[] }, b: { total: number; set: number[] }): boolean {
  if (a.total !== b.total) return a.total < b.total;
  if (a.set.length !== b.set.length) return a.set.length < b.set.length;
  const k = a.set.findIndex((v, i) => v !== b.set[i]);
  return k >= 0 && a.set[k] < b.set[k];
}

function bruteForce(base: number[], opts: Opt[]): { total: number; names: string[] } {
  const idx = opts.map((_, i) => i).filter((i) => opts[i].allowed);
  const touches = (o: Opt) => (o.soort === 'combineren' ? [o.f, o.met!] : [o.f]);
  let best: { total: number; set: number[] } | undefined;
  for (let mask = 0; mask < 1 << idx.length; mask++) {
    const set = idx.filter((_, b) => mask & (1 << b));
    let ok = true;
    for (const i of set)
      for (const j of set) if (i < j && opts[i].soort === opts[j].soort && touches(opts[i]).some((f) => touches(opts[j]).includes(f))) ok = false;
    if (!ok) continue;
    const c = base.slice();
    for (const i of set) if (opts[i].soort === 'stapelen') c[opts[i].f] /= opts[i].factor;
    for (const i of set) if (opts[i].soort === 'mengen') c[opts[i].f] *= 1 - opts[i].factor;
    for (const i of set) {
      const o = opts[i];
      if (o.soort !== 'combineren') continue;
      const small = c[o.f] < c[o.met!] ? o.f : o.met!;
      c[small] -= o.factor * c[small];
    }
    const total = c.reduce((s, x) => s + x, 0);
    if (!best || lessThan({ total, set }, best)) best = { total, set };
  }
  return { total: best!.total, names: best!.set.map((i) => opts[i].naam) };
}

/** A seeded scenario: functions with integer claims, options with dyadic factors (exact in floating point). */
function scenario(seed: number, nOptions: number) {
  const r = rng(seed);
  const nf = int(r, 4, 7);
  const claimsPerUnit = Array.from({ length: nf }, () => int(r, 0, 40) * 4);
  // function 0 is housing (stackable to 4); the others are work (A or C), voorziening or groen, some stackable
  const norms = claimsPerUnit.map((m2, i) => [
    `F${i}`,
    `eenheid ${i}`,
    m2,
    i === 0 ? 'wonen' : pick(r, ['werken', 'voorziening', 'groen']),
    i === 0 ? 4 : pick(r, [null, 2, 4]),
    i === 0 ? null : pick(r, ['A', 'A', 'C']),
  ]);
  const counts = claimsPerUnit.map(() => int(r, 1, 50) * 8);
  const base = claimsPerUnit.map((m, i) => m * counts[i]);
  const opts: Opt[] = [];
  for (let k = 0; k < nOptions; k++) {
    const soort = pick(r, ['stapelen', 'combineren', 'mengen'] as const);
    const f = int(r, soort === 'mengen' ? 1 : 0, nf - 1);
    if (soort === 'stapelen') {
      const lagen = pick(r, [1, 2, 4]);
      const max = (norms[f][4] as number | null) ?? 1;
      opts.push({ naam: `O${k + 1}`, soort, f, factor: lagen, allowed: lagen <= max });
    } else if (soort === 'combineren') {
      let met = int(r, 0, nf - 1);
      if (met === f) met = (f + 1) % nf;
      opts.push({ naam: `O${k + 1}`, soort, f, met, factor: pick(r, [0.25, 0.5, 1]), allowed: true });
    } else {
      opts.push({ naam: `O${k + 1}`, soort, f, met: 0, factor: pick(r, [0.25, 0.5, 0.75, 1]), allowed: norms[f][5] === 'A' && norms[f][3] !== 'wonen' });
    }
  }
  const optionRows = opts.map((o) => [o.naam, o.soort, `F${o.f}`, o.factor, o.met === undefined ? null : `F${o.met}`]);
  const programme = counts.map((n, i) => [`eenheid ${i}`, n]);
  return { norms, programme, base, opts, optionRows };
}

describe('the best combination agrees with an independent brute force', () => {
  test.each(Array.from({ length: 30 }, (_, i) => [1000 + i]))('seed %i (exhaustive, up to 12 options)', (seed) => {
    const s = scenario(seed, 4 + (seed % 9));
    const out = rows(value(M, s.programme, s.norms, 1e7, s.optionRows));
    // the refusals we expect are the ones the add-in reports
    s.opts.forEach((o, i) => expect([o.naam, out[i + 1][C.toegestaan]]).toEqual([o.naam, o.allowed ? 'ja' : 'nee']));
    const bf = bruteForce(s.base, s.opts);
    const best = out[out.length - 1];
    expect(best[C.claim]).toBe(bf.total);
    expect(best[C.keuze]).toBe(bf.names.length ? `beste combinatie: ${bf.names.join(' + ')}` : 'beste combinatie: geen optie');
    if (s.opts.some((o) => o.allowed)) expect(best[C.toelichting]).toMatch(/^exhaustief/);
  });
});

test('the seeded scenarios are not trivial: refusals, ties and multi-option optima occur', () => {
  let refused = 0;
  let multi = 0;
  for (let seed = 1000; seed < 1030; seed++) {
    const s = scenario(seed, 4 + (seed % 9));
    refused += s.opts.filter((o) => !o.allowed).length;
    if (bruteForce(s.base, s.opts).names.length >= 2) multi++;
  }
  expect(refused).toBeGreaterThan(10);
  expect(multi).toBeGreaterThan(10);
});

describe('invariants', () => {
  test.each(Array.from({ length: 20 }, (_, i) => [2000 + i]))(
    'seed %i: no option increases the claim; the best is at most every allowed single option',
    (seed) => {
      const s = scenario(seed, 10);
      const out = rows(value(M, s.programme, s.norms, 1e7, s.optionRows));
      const base = out[0][C.claim] as number;
      const singles = out.slice(1, -1);
      for (const r of singles) {
        expect(r[C.claim] as number).toBeLessThanOrEqual(base);
        expect(r[C.winst] as number).toBeGreaterThanOrEqual(0);
      }
      const best = out[out.length - 1][C.claim] as number;
      for (const r of singles.filter((x) => x[C.toegestaan] === 'ja')) expect(best).toBeLessThanOrEqual(r[C.claim] as number);
      expect(best).toBeLessThanOrEqual(base);
    },
  );
  test('with no options the result equals GREX.BARCODE', () => {
    const barcode = rows(value('GREX.BARCODE', PROGRAMME, EXAMPLE));
    const total = barcode[barcode.length - 1][1];
    const out = rows(value(M, PROGRAMME, EXAMPLE, 500000));
    expect(out.length).toBe(2);
    expect(out[0][C.claim]).toBe(total);
    expect(out[1][C.claim]).toBe(total);
    expect(out[1][C.winst]).toBe(0);
    expect(out[1][C.keuze]).toBe('beste combinatie: geen optie');
    // and the work land is the BARCODE claim of the werken rows
    expect(out[0][C.werken]).toBe(barcode.filter((r) => r[6] === 'werken').reduce((s, r) => s + (r[1] as number), 0));
  });
  test('adding any compatible option to any combination never increases the claim (core, seeded)', () => {
    for (let seed = 3000; seed < 3040; seed++) {
      const s = scenario(seed, 10);
      const norms = core.parseNorms(s.norms);
      const options = core.parseOptions(s.optionRows, norms);
      const claim = core.barcodeClaim(core.parseProgramme(s.programme, norms), norms);
      const base = claim.lines.map((l) => l.claim);
      const r = rng(seed);
      for (let trial = 0; trial < 30; trial++) {
        const set = options.filter(() => r() < 0.4);
        if (!core.compatible(set)) continue;
        const before = core.applyOptions(base, set).total;
        // the search's shortcut gives exactly the same total as the full evaluation
        expect(core.totalWith(base, claim.total, set).equals(before)).toBe(true);
        for (const o of options) {
          if (set.includes(o) || !core.compatible([...set, o])) continue;
          expect(core.applyOptions(base, [...set, o]).total.lessThanOrEqualTo(before)).toBe(true);
        }
      }
    }
  });
});

describe(`more than ${EXHAUSTIVE_MAX} allowed options: the greedy heuristic`, () => {
  test('says so, is never worse than the best single option, and not better than the exhaustive optimum', () => {
    // 14 allowed options over 7 functions: stacking and sharing only (always allowed when within the layers)
    const norms = Array.from({ length: 7 }, (_, i) => [`F${i}`, `e${i}`, 8 * (i + 1), i === 0 ? 'wonen' : 'voorziening', 4, null]);
    const programme = norms.map((n, i) => [n[1], 10 * (7 - i)]);
    const optionRows: unknown[][] = [];
    const opts: Opt[] = [];
    for (let i = 0; i < 7; i++) {
      optionRows.push([`S${i}`, 'stapelen', `F${i}`, 2]);
      opts.push({ naam: `S${i}`, soort: 'stapelen', f: i, factor: 2, allowed: true });
      optionRows.push([`C${i}`, 'combineren', `F${i}`, 0.5, `F${(i + 1) % 7}`]);
      opts.push({ naam: `C${i}`, soort: 'combineren', f: i, met: (i + 1) % 7, factor: 0.5, allowed: true });
    }
    const out = rows(value(M, programme, norms, 1e6, optionRows));
    const best = out[out.length - 1];
    expect(best[C.toelichting]).toMatch(/^heuristiek \(14 toegestane opties, meer dan 12\)/);
    const singles = out.slice(1, -1).map((r) => r[C.claim] as number);
    expect(best[C.claim] as number).toBeLessThanOrEqual(Math.min(...singles));
    const base = programme.map((p, i) => (p[1] as number) * (norms[i][2] as number));
    expect(best[C.claim] as number).toBeGreaterThanOrEqual(bruteForce(base, opts).total);
  });
});

describe('bad input: #VALUE! naming the parameter, the row and the value', () => {
  const P = [
    ['woning', 100],
    ['baan atelier', 10],
  ];
  test.each([
    [
      'an unknown kind',
      [['x', 'verdichten', 'Wonen', 2]],
      'GREX.MENGOPTIES: opties (rij 1): soort moet een van deze waarden zijn: "stapelen", "combineren", "mengen" (ontvangen: "verdichten")',
    ],
    [
      'a function that no norm has',
      [['x', 'stapelen', 'Kantoor', 2]],
      'GREX.MENGOPTIES: opties (rij 1): functie komt niet voor in de normen (ontvangen: "Kantoor")',
    ],
    ['stacking below one layer', [['x', 'stapelen', 'Wonen', 0.5]], 'GREX.MENGOPTIES: opties (rij 1): factor (lagen) moet ten minste 1 zijn (ontvangen: 0,5)'],
    ['a share above 1', [['x', 'mengen', 'Atelier', 1.5]], 'GREX.MENGOPTIES: opties (rij 1): factor (aandeel) moet tussen 0 en 1 liggen (ontvangen: 1,5)'],
    ['combining without a second function', [['x', 'combineren', 'Groen', 1]], 'GREX.MENGOPTIES: opties (rij 1): met_functie ontbreekt'],
    [
      'a negative distance',
      [['x', 'mengen', 'Drukkerij', 1, null, null, -5]],
      'GREX.MENGOPTIES: opties (rij 1): afstand mag niet negatief zijn (ontvangen: -5)',
    ],
    [
      'an unknown area type',
      [['x', 'mengen', 'Drukkerij', 1, null, null, 5, 'STAD']],
      'GREX.MENGOPTIES: opties (rij 1): gebiedstype moet een van deze waarden zijn: "RUSTIG", "GEMENGD" (ontvangen: "STAD")',
    ],
    [
      'separated not yes/no',
      [['x', 'mengen', 'Werkplaats', 1, null, 'misschien']],
      'GREX.MENGOPTIES: opties (rij 1): bouwkundig_gescheiden moet WAAR of ONWAAR zijn (ontvangen: "misschien")',
    ],
  ])('%s', (_what, opties, message) => {
    expect(excelError(M, P, NORMS, 1000, opties)).toEqual({ code: '#VALUE!', message });
  });
  test('mengen without a target when the norms have no or several housing functions', () => {
    const noHousing = NORMS.map((r) => (r[0] === 'Wonen' ? [...r.slice(0, 3), 'voorziening', ...r.slice(4)] : r));
    expect(excelError(M, P, noHousing, 1000, [['x', 'mengen', 'Atelier', 1]]).message).toBe(
      'GREX.MENGOPTIES: opties (rij 1): met_functie is leeg en de normen hebben geen functie met categorie "wonen"',
    );
  });
  test('grondwaarden: unknown function, unknown grondslag, text amount', () => {
    expect(excelError(M, P, NORMS, 1000, null, [['Kantoor', 100]]).message).toBe(
      'GREX.MENGOPTIES: grondwaarden (rij 1): functie komt niet voor in de normen (ontvangen: "Kantoor")',
    );
    expect(excelError(M, P, NORMS, 1000, null, [['Wonen', 100, 'ha']]).message).toBe(
      'GREX.MENGOPTIES: grondwaarden (rij 1): grondslag moet een van deze waarden zijn: "m2", "eenheid" (ontvangen: "ha")',
    );
    expect(
      excelError(M, P, NORMS, 1000, null, [
        ['Wonen', 100],
        ['Wonen', 200],
      ]).message,
    ).toBe('GREX.MENGOPTIES: grondwaarden (rij 2): functie heeft al een grondwaarde in rij 1 (ontvangen: "Wonen")');
  });
  test('a negative available area', () => {
    expect(excelError(M, P, NORMS, -1).message).toBe('GREX.MENGOPTIES: beschikbaar_oppervlak moet ten minste 0 zijn (ontvangen: -1)');
  });
});
