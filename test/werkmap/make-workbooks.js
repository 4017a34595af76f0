#!/usr/bin/env node
/**
 * Builds the test workbooks of the own-workbook review: hand-built
 * grondexploitaties with native formulas only, one per municipal convention
 * and several layouts, some with seeded faults. ExcelJS writes the formulas;
 * LibreOffice (headless) opens, recalculates and saves each one as .xlsx, so
 * the files carry cached values the way a workbook saved by Excel does.
 *
 *   node test/werkmap/make-workbooks.js [outdir]     (default: test/werkmap/fixtures)
 *
 * Writes <name>.xlsx per spec and manifest.json with what the review must
 * find (conventions, rule ids). The committed fixtures were made with this
 * script; the tests read them and never regenerate them.
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const ExcelJS = require('exceljs');

const SOFFICE = process.env.SOFFICE_PATH || 'soffice';

/** Deterministic amounts: costs early, revenues late, rounded to whole euros. */
function series(seed, n, shape, scale) {
  let x = seed;
  const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: n }, (_, i) => {
    const w = shape === 'early' ? Math.max(0, 1 - i / n) : shape === 'late' ? Math.min(1, i / (n * 0.4)) * (i >= 1 ? 1 : 0) : 1;
    return Math.round(scale * w * (0.5 + rnd()));
  });
}

const LABELS = {
  standard: {
    costs: ['Verwerving', 'Sloop', 'Bouwrijp maken', 'Woonrijp maken', 'Plankosten', 'Onvoorzien'],
    revenues: ['Uitgifte sociale huur', 'Uitgifte vrije sector', 'Uitgifte bedrijventerrein', 'Bijdrage derden'],
    params: ['Rente (grondexploitatie)', 'Disconteringsvoet', 'Kostenstijging', 'Opbrengstenstijging', 'Prijspeil', 'Boekwaarde 1-1', 'Motivering looptijd'],
    rows: ['Indexfactor kosten', 'Kosten nominaal', 'Indexfactor opbrengsten', 'Opbrengsten nominaal', 'Saldo', 'Boekwaarde 1-1', 'Rente', 'Boekwaarde 31-12'],
    results: ['Nominaal resultaat', 'Eindwaarde', 'Netto contante waarde'],
    sections: ['Kosten', 'Opbrengsten', 'Totaal kosten', 'Totaal opbrengsten'],
  },
  synonyms: {
    costs: [
      'Grondverwerving',
      'Sloop- en saneringskosten',
      'Bouw- en woonrijp maken',
      'VTU (voorbereiding, toezicht)',
      'Onvoorziene kosten',
      'Tijdelijk beheer',
    ],
    revenues: ['Grondverkoop woningbouw', 'Kavels bedrijven', 'Subsidie provincie', 'Exploitatiebijdrage'],
    params: [
      'Rekenrente',
      'Discontovoet',
      'Indexering kosten',
      'Indexering opbrengsten',
      'Prijspeildatum',
      'Boekwaarde per 1 januari',
      'Beheersmaatregel / motivering',
    ],
    rows: ['Index kosten', 'Kosten geïndexeerd', 'Index opbrengsten', 'Opbrengsten geïndexeerd', 'Kasstroom', 'BW 1-1', 'Rentekosten', 'BW 31-12'],
    results: ['Resultaat nominaal', 'Resultaat op eindwaarde', 'Contante waarde per 1-1'],
    sections: ['Uitgaven', 'Inkomsten', 'Totaal uitgaven', 'Totaal inkomsten'],
  },
};

const BASE = {
  sheet: 'Exploitatie',
  t0: 2024,
  n: 8,
  prijspeil: 2024,
  rente: 0.025,
  d: 0.02,
  kst: 0.03,
  ost: 0.015,
  B: 1250000,
  nCosts: 5,
  nRevenues: 3,
  costScale: 900000,
  revenueScale: 2600000,
  layout: { params: 'same', totals: 'below', title: true, hiddenHelper: false, labels: 'standard' },
  conv: { index_offset: 0, frozen_after: null, interest_on_negative: false, ncw_basis: 'eindwaarde', discount_offset: 1, sign: 'positive-is-profit' },
  motivering: null,
  faults: [],
};

const SPECS = [
  { name: 'basis', expect: { rules: [] } },
  {
    name: 'almere',
    sheet: 'Grex',
    t0: 2022,
    n: 15,
    prijspeil: 2022,
    rente: 0.015,
    kst: 0.02,
    ost: 0.015,
    costScale: 600000,
    revenueScale: 1500000,
    layout: { params: 'other', totals: 'below', title: true, hiddenHelper: false, labels: 'standard' },
    conv: { frozen_after: 10 },
    motivering: 'Looptijd 15 jaar: fasering woningbouw; opbrengsten na 10 jaar niet geïndexeerd (raad 12-3-2022).',
    expect: { rules: [] },
  },
  {
    name: 'goirle',
    t0: 2018,
    prijspeil: 2018,
    n: 8,
    layout: { params: 'same', totals: 'above', title: false, hiddenHelper: false, labels: 'synonyms' },
    conv: { discount_offset: 2, sign: 'negative-is-profit' },
    expect: { rules: ['DISCONTERING_JAREN'] },
  },
  { name: 'npv', conv: { ncw_basis: 'kasstromen' }, expect: { rules: ['NPV_FUNCTIE'] } },
  { name: 'rente-negatief', B: 0, revenueScale: 4200000, conv: { interest_on_negative: true }, expect: { rules: [] } },
  {
    name: 'rente-positief',
    B: 0,
    revenueScale: 4200000,
    layout: { params: 'other', totals: 'above', title: true, hiddenHelper: true, labels: 'standard' },
    conv: { interest_on_negative: false },
    expect: { rules: [] },
  },
  {
    name: 'index-midden',
    layout: { params: 'same', totals: 'below', title: true, hiddenHelper: true, labels: 'standard' },
    conv: { index_offset: 0.5 },
    expect: { rules: [] },
  },
  {
    name: 'index-eind',
    sheet: 'Blad1',
    prijspeil: 2023,
    layout: { params: 'other', totals: 'below', title: false, hiddenHelper: false, labels: 'synonyms' },
    conv: { index_offset: 1 },
    expect: { rules: [] },
  },
  { name: 'verlies', revenueScale: 900000, expect: { rules: [], conventions: { interest_on_negative: null } } },
  {
    name: 'fouten-a',
    faults: ['VASTE_WAARDE_IN_FORMULE', 'AFWIJKENDE_FORMULE_IN_RIJ', 'FOUTWAARDE'],
    expect: {
      rules: ['VASTE_WAARDE_IN_FORMULE', 'AFWIJKENDE_FORMULE_IN_RIJ', 'FOUTWAARDE', 'RESULTAAT_NIET_GEREPRODUCEERD'],
      reproduces: false,
      divergence: { row: 'kosten_nominaal', yearIndex: 4 },
    },
  },
  {
    name: 'fouten-b',
    d: 0.03,
    faults: ['EXTERNE_KOPPELING', 'EW_NCW_ONGELIJK'],
    expect: { rules: ['EXTERNE_KOPPELING', 'DISCONTERINGSVOET_NIET_2', 'EW_NCW_ONGELIJK', 'RESULTAAT_NIET_GEREPRODUCEERD'], reproduces: false },
  },
  { name: 'lang', n: 15, costScale: 500000, revenueScale: 1300000, expect: { rules: ['LOOPTIJD_10_JAAR', 'INDEX_NA_10_JAAR'] } },
];

function resolve(spec) {
  const s = { ...BASE, ...spec, layout: { ...BASE.layout, ...(spec.layout || {}) }, conv: { ...BASE.conv, ...(spec.conv || {}) } };
  s.costs = Array.from({ length: s.nCosts }, (_, k) => series(17 + k * 31 + s.name.length, s.n, 'early', s.costScale / (k + 1)));
  s.revenues = Array.from({ length: s.nRevenues }, (_, k) => series(7 + k * 13 + s.name.length, s.n, 'late', s.revenueScale / (k + 1)));
  return s;
}

/** Writes one workbook (formulas only, no cached values) and returns the cell addresses the manifest needs. */
function build(s) {
  const L = LABELS[s.layout.labels];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(s.sheet);
  const ps = s.layout.params === 'same' ? ws : wb.addWorksheet('Parameters');
  const pct = '0.00%';
  const Y0 = 2; // column C
  const YN = Y0 + s.n - 1;
  const col = (i) => ws.getColumn(i + 1).letter; // zero-based column → letters
  const cols = Array.from({ length: s.n }, (_, i) => col(Y0 + i));
  let r = 1;
  if (s.layout.title) {
    ws.getCell('A1').value = `Grondexploitatie ${s.name} — prijspeil 1-1-${s.prijspeil}`;
    ws.mergeCells(`A1:${col(YN)}1`);
    ws.getCell('A1').font = { bold: true, size: 14 };
  }
  // Parameters
  let pr = s.layout.params === 'same' ? 3 : 3;
  if (s.layout.params !== 'same') {
    ps.getCell('A1').value = 'Parameters grondexploitatie';
    ps.mergeCells('A1:C1');
  }
  const P = {};
  const pref = (k) => (ps === ws ? `$B$${P[k]}` : `Parameters!$B$${P[k]}`);
  const params = [
    ['rente', L.params[0], s.rente, pct],
    ['d', L.params[1], s.d, pct],
    ['kst', L.params[2], s.kst, pct],
    ['ost', L.params[3], s.ost, pct],
    ['pp', L.params[4], s.layout.labels === 'synonyms' ? `1-1-${s.prijspeil}` : s.prijspeil, '0'],
    ['B', L.params[5], s.B, '#,##0'],
  ];
  if (s.motivering) params.push(['mot', L.params[6], s.motivering, undefined]);
  for (const [k, label, v, fmt] of params) {
    P[k] = pr;
    ps.getCell(`A${pr}`).value = label;
    const cell = ps.getCell(`B${pr}`);
    if (k === 'ost' && s.faults.includes('EXTERNE_KOPPELING')) cell.value = { formula: "'[begroting-2025.xlsx]Parameters'!B4", result: v };
    else cell.value = v;
    if (fmt) cell.numFmt = fmt;
    pr++;
  }
  const ppYear = s.layout.labels === 'synonyms' ? `${s.prijspeil}` : pref('pp');
  if (s.faults.includes('FOUTWAARDE')) {
    ws.getCell('E3').value = 'Controle';
    ws.getCell('F3').value = { formula: 'SUM(#REF!)' };
  }
  r = s.layout.params === 'same' ? pr + 1 : 3;
  // Year row
  const yr = r;
  ws.getCell(`A${yr}`).value = 'Jaar';
  ws.getCell(`B${yr}`).value = 'Totaal';
  ws.getCell(`${cols[0]}${yr}`).value = s.t0;
  for (let i = 1; i < s.n; i++) ws.getCell(`${cols[i]}${yr}`).value = { formula: `${cols[i - 1]}${yr}+1` };
  r++;
  let help;
  if (s.layout.hiddenHelper) {
    help = r;
    ws.getCell(`A${r}`).value = 'hulpregel: jaren na prijspeil';
    for (let i = 0; i < s.n; i++) ws.getCell(`${cols[i]}${r}`).value = { formula: `${cols[i]}$${yr}-${ppYear}` };
    ws.getRow(r).hidden = true;
    r++;
  }
  r++;
  const nth = (labels, k) => (k < labels.length ? labels[k] : `${labels[k % labels.length]} fase ${Math.floor(k / labels.length) + 1}`);
  const block = (labels, values, section, totalLabel) => {
    const rows = {};
    const put = (label, vals, total) => {
      ws.getCell(`A${r}`).value = label;
      for (let i = 0; i < s.n; i++) ws.getCell(`${cols[i]}${r}`).value = typeof vals === 'function' ? { formula: vals(i) } : vals[i];
      ws.getCell(`B${r}`).value = { formula: `SUM(${cols[0]}${r}:${cols[s.n - 1]}${r})` };
      ws.getRow(r).numFmt = '#,##0';
      if (total) ws.getRow(r).font = { bold: true };
      return r++;
    };
    const postRows = [];
    if (s.layout.totals === 'above') {
      const tr = r++;
      for (let k = 0; k < values.length; k++) postRows.push(put(nth(labels, k), values[k]));
      const save = r;
      r = tr;
      rows.total = put(totalLabel, (i) => `SUM(${cols[i]}${postRows[0]}:${cols[i]}${postRows[postRows.length - 1]})`, true);
      r = save;
    } else {
      ws.getCell(`A${r++}`).value = section;
      for (let k = 0; k < values.length; k++) postRows.push(put(nth(labels, k), values[k]));
      rows.total = put(totalLabel, (i) => `SUM(${cols[i]}${postRows[0]}:${cols[i]}${postRows[postRows.length - 1]})`, true);
    }
    r++;
    return { ...rows, posts: postRows };
  };
  const K = block(L.costs, s.costs, L.sections[0], L.sections[2]);
  const O = block(L.revenues, s.revenues, L.sections[1], L.sections[3]);
  const o = s.conv.index_offset;
  const expo = (c) => (help ? `${c}$${help}` : `(${c}$${yr}-${ppYear})`) + (o ? `+${o}` : '');
  const rowAt = {};
  const line = (key, label, f) => {
    ws.getCell(`A${r}`).value = label;
    for (let i = 0; i < s.n; i++) ws.getCell(`${cols[i]}${r}`).value = { formula: f(i, cols[i]) };
    rowAt[key] = r;
    return r++;
  };
  const kstRef = s.faults.includes('VASTE_WAARDE_IN_FORMULE') ? `${s.kst}` : pref('kst');
  line('kostenindex', L.rows[0], (i, c) => `(1+${kstRef})^(${expo(c)})`);
  line('kosten_nominaal', L.rows[1], (i, c) => `${c}${K.total}*${c}${rowAt.kostenindex}`);
  const F = s.conv.frozen_after;
  line('opbrengstenindex', L.rows[2], (i, c) => (F === null ? `(1+${pref('ost')})^(${expo(c)})` : `(1+${pref('ost')})^MIN(${expo(c)},${s.t0 + F}-${ppYear})`));
  line('opbrengsten_nominaal', L.rows[3], (i, c) => `${c}${O.total}*${c}${rowAt.opbrengstenindex}`);
  line('saldo', L.rows[4], (i, c) => `${c}${rowAt.opbrengsten_nominaal}-${c}${rowAt.kosten_nominaal}`);
  const bwB = r;
  const bwE = r + 2;
  line('boekwaarde_begin', L.rows[5], (i, c) => (i === 0 ? pref('B') : `${cols[i - 1]}${bwE}`));
  line('rente_per_jaar', L.rows[6], (i, c) => (s.conv.interest_on_negative ? `${c}${bwB}*${pref('rente')}` : `IF(${c}${bwB}>0,${c}${bwB}*${pref('rente')},0)`));
  line('boekwaarde_eind', L.rows[7], (i, c) => `${c}${bwB}+${c}${rowAt.kosten_nominaal}-${c}${rowAt.opbrengsten_nominaal}+${c}${rowAt.rente_per_jaar}`);
  for (const k of ['kosten_nominaal', 'opbrengsten_nominaal', 'saldo', 'boekwaarde_begin', 'rente_per_jaar', 'boekwaarde_eind'])
    ws.getRow(rowAt[k]).numFmt = '#,##0';
  r++;
  const sg = s.conv.sign === 'negative-is-profit' ? '-' : '';
  const last = cols[s.n - 1];
  const res = {};
  res.nominaal = r;
  ws.getCell(`A${r}`).value = L.results[0];
  ws.getCell(`C${r++}`).value = { formula: `${sg}(SUM(${cols[0]}${O.total}:${last}${O.total})-SUM(${cols[0]}${K.total}:${last}${K.total})-${pref('B')})` };
  res.eindwaarde = r;
  ws.getCell(`A${r}`).value = L.results[1];
  ws.getCell(`C${r++}`).value = { formula: `${sg === '-' ? '' : '-'}${last}${bwE}` };
  res.ncw = r;
  ws.getCell(`A${r}`).value = `${L.results[2]}${s.layout.labels === 'synonyms' ? s.t0 : ''}`;
  let ncwF;
  if (s.conv.ncw_basis === 'kasstromen') ncwF = `${sg}(NPV(${pref('d')},${cols[0]}${rowAt.saldo}:${last}${rowAt.saldo})-${pref('B')})`;
  else ncwF = `C${res.eindwaarde}/(1+${pref('d')})^(${last}${yr}-${cols[0]}${yr}+${s.conv.discount_offset})`;
  ws.getCell(`C${r++}`).value = { formula: ncwF };
  for (const k of ['nominaal', 'eindwaarde', 'ncw']) ws.getCell(`C${res[k]}`).numFmt = '#,##0.00';
  ws.getColumn(1).width = 34;
  return { wb, ws, rowAt, res, yr, cols };
}

/** Faults that need the computed value first: a number typed over a formula, a stale NCW. */
function applyLateFaults(s, built, computed) {
  const { ws, rowAt, res, cols } = built;
  if (s.faults.includes('AFWIJKENDE_FORMULE_IN_RIJ')) {
    const a = `${cols[4]}${rowAt.kosten_nominaal}`;
    ws.getCell(a).value = Math.round(computed.getCell(a).value.result * 1.05);
  }
  if (s.faults.includes('EW_NCW_ONGELIJK')) {
    const a = `C${res.ncw}`;
    ws.getCell(a).value = Math.round(computed.getCell(a).value.result * 0.9);
  }
}

function convert(dir, outDir, names) {
  execFileSync(SOFFICE, ['--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outDir, ...names.map((n) => path.join(dir, n + '.xlsx'))], {
    stdio: 'pipe',
  });
}

/** Generate the given specs (BASE overrides, as in SPECS) into outDir; returns the manifest entries. */
async function generate(outDir, specList) {
  return main(outDir, undefined, specList);
}

async function main(outDir = path.join(__dirname, 'fixtures'), only, specList = SPECS) {
  fs.mkdirSync(outDir, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'grex-werkmap-'));
  const raw = path.join(tmp, 'raw');
  const pass1 = path.join(tmp, 'pass1');
  fs.mkdirSync(raw);
  fs.mkdirSync(pass1);
  const specs = specList.filter((x) => !only || only.includes(x.name)).map(resolve);
  const built = new Map();
  for (const s of specs) {
    const b = build(s);
    built.set(s.name, b);
    await b.wb.xlsx.writeFile(path.join(raw, s.name + '.xlsx'));
  }
  // Faults that depend on computed values: compute once, then type the number over the formula.
  const late = specs.filter((s) => s.faults.some((f) => f === 'AFWIJKENDE_FORMULE_IN_RIJ' || f === 'EW_NCW_ONGELIJK'));
  if (late.length) {
    convert(
      raw,
      pass1,
      late.map((s) => s.name),
    );
    for (const s of late) {
      const computed = new ExcelJS.Workbook();
      await computed.xlsx.readFile(path.join(pass1, s.name + '.xlsx'));
      const b = built.get(s.name);
      applyLateFaults(s, b, computed.getWorksheet(s.sheet));
      await b.wb.xlsx.writeFile(path.join(raw, s.name + '.xlsx'));
    }
  }
  convert(
    raw,
    outDir,
    specs.map((s) => s.name),
  );
  const manifest = specs.map((s) => {
    const b = built.get(s.name);
    // What the review must report: the spec's conventions, except where the workbook cannot show one.
    const conv = { ...s.conv, ...(s.expect.conventions || {}) };
    return {
      name: s.name,
      file: s.name + '.xlsx',
      sheet: s.sheet,
      first_year: s.t0,
      last_year: s.t0 + s.n - 1,
      cells: { eindwaarde: `${s.sheet}!C${b.res.eindwaarde}`, ncw: `${s.sheet}!C${b.res.ncw}` },
      conventions: conv,
      rules: s.expect.rules,
      reproduces: s.expect.reproduces !== false,
      divergence: s.expect.divergence ? `${s.sheet}!${b.cols[s.expect.divergence.yearIndex]}${b.rowAt[s.expect.divergence.row]}` : null,
      layout: s.layout,
    };
  });
  if (!only && specList === SPECS) fs.writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  fs.rmSync(tmp, { recursive: true, force: true });
  return manifest;
}

module.exports = { main, generate, SPECS, build, resolve, col };

if (require.main === module) {
  main(process.argv[2]).then(
    (m) => console.log(`${m.length} werkmappen geschreven.`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
