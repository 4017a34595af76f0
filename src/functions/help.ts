/**
 * Help pages (one per function, served by the add-in at help/<ID>.html) and
 * the README function table, both rendered from the registry. All text is
 * HTML-escaped; the pages load no script.
 */
import { REGISTRY, signature } from './registry';
import { isOptional } from './metadata';
import type { FunctionSpec, ParamSpec, Source } from './types';
import { NAMESPACE } from './errors';
import { formatNumberFull, formatNumberNl, toDutchFormula } from './notation';
import { formatPercent } from '../core';
import { isMethod } from './sources';
import { emptyCellText } from './empty-cell-help';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const TAG_TEXT: Record<Source['tag'], string> = {
  V: 'geverifieerd (bron citeert de regel)',
  'V-ind': 'indirect geverifieerd (secundaire bron of gemeentelijke praktijk)',
  R: 'niet geverifieerd — controleer de primaire bron',
  besluit: 'productbesluit GREX, toegelicht in de methode',
};

export function tagText(tag: Source['tag']): string {
  return TAG_TEXT[tag];
}

/** "aannemelijk −5% … 25%" for a parameter with a plausible range. */
function plausibleText(p: ParamSpec): string {
  const r = 'plausible' in p ? p.plausible : undefined;
  if (!r) return '';
  const pc = (x: number) => formatPercent(x);
  const range = r.min !== undefined && r.max !== undefined ? `${pc(r.min)} … ${pc(r.max)}` : r.max !== undefined ? `tot ${pc(r.max)}` : `vanaf ${pc(r.min!)}`;
  return r.flag ? `; buiten ${range} een bevinding` : `; aannemelijk ${range}`;
}

/** A public source links out; a method section of GREX is named by its path in the repository. */
function sourceLink(s: Source): string {
  if (!s.url) return '';
  if (isMethod(s)) return ` · methode: <code>${escapeHtml(s.url)}</code>`;
  return ` · <a href="${escapeHtml(s.url)}" rel="noopener noreferrer">${escapeHtml(s.url)}</a>`;
}

function paramKind(p: ParamSpec): string {
  return paramKindBase(p) + plausibleText(p);
}

function paramKindBase(p: ParamSpec): string {
  switch (p.kind) {
    case 'rate':
      return 'percentage (fractie)';
    case 'year':
      return 'jaartal';
    case 'integer':
      return 'geheel getal';
    case 'number':
      return 'getal';
    case 'series':
      return 'rij of kolom';
    case 'table':
      return 'tabel (bereik)';
    case 'enum':
      return `tekst: ${p.values.map((v) => `"${v}"`).join(', ')}`;
    case 'boolean':
      return 'WAAR/ONWAAR';
    case 'text':
      return 'tekst';
    case 'record':
      return `bereik met rijen naam | waarde: ${p.fields.map((f) => f.name).join(', ')}`;
    case 'labelled':
      return 'één rij of kolom getallen, of twee kolommen (omschrijving, getal)';
    case 'rows':
      return `tabel, één rij per regel, kolommen: ${p.columns.map((c, i) => (i < p.minColumns ? c.name : `[${c.name}]`).replace(/_/g, ' ')).join(', ')}`;
    case 'tuple':
      return `rij of kolom, op volgorde: ${p.fields
        .map((f) => {
          const name = f.name.replace(/_/g, ' ');
          return f.default !== undefined ? `[${name} = ${String(f.default).replace('.', ',')}]` : f.optional ? `[${name}]` : name;
        })
        .join(', ')}`;
  }
}

/** A tuple's positions or the columns of rows, each with what it means. */
function fieldList(p: ParamSpec): string {
  if (p.kind !== 'tuple' && p.kind !== 'rows') return '';
  const items = (p.kind === 'tuple' ? p.fields : p.columns).map(
    (f) => `<li><code>${escapeHtml(f.name.replace(/_/g, ' '))}</code>: ${escapeHtml(f.description)}</li>`,
  );
  return `<ol class="tuple">${items.join('')}</ol>`;
}

function defaultText(p: ParamSpec): string {
  if ('default' in p && p.default !== undefined) {
    const d = p.default;
    return typeof d === 'boolean' ? (d ? 'WAAR' : 'ONWAAR') : typeof d === 'string' ? `"${d}"` : String(d).replace('.', ',');
  }
  return isOptional(p) ? '(leeg)' : 'verplicht';
}

function resultText(spec: FunctionSpec): string {
  const r = spec.result;
  switch (r.shape) {
    case 'scalar':
      return r.type === 'number' ? 'Eén getal.' : 'Eén tekst.';
    case 'row':
      return `Eén rij (spill): ${r.labels.join(' | ')}.`;
    case 'table':
      return `Eén rij per regel (spill), kolommen: ${r.columns.join(' | ')}.`;
    case 'lines':
      return 'Eén tekstregel per bevinding (spill); leeg als er niets te melden is.';
    case 'like':
      return `Een reeks van dezelfde vorm als ${r.param} (spill).`;
  }
}

/** One example: the Dutch formula, the rounded result, and on request the full value and the en-US form. */
function renderExample(x: NonNullable<FunctionSpec['help']['examples']>[number]): string {
  const e = escapeHtml;
  const shown = typeof x.result === 'number' ? formatNumberNl(x.result) : String(x.result);
  const full = typeof x.result === 'number' ? formatNumberFull(x.result) : String(x.result);
  return `<li><code class="formula">${e(toDutchFormula(x.formula))}</code> → <strong>${e(shown)}</strong>
<details><summary>Volle waarde en Engelse notatie</summary><p>Uitkomst: <code>${e(full)}</code></p><p>Engelstalige Excel: <code
class="formula">${e(x.formula)}</code></p></details>
<p>${e(x.explanation)}</p></li>`;
}

/** The frame every help page shares: policy (no script at all), title, stylesheet. */
function page(title: string, body: string, css = 'help.css'): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${css}">
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export function renderHelpPage(spec: FunctionSpec): string {
  const e = escapeHtml;
  const rows = spec.params
    .map(
      (p) => `<tr><td><code>${e(p.name)}</code></td><td>${e(paramKind(p))}</td><td>${e(defaultText(p))}</td><td>${e(p.description)}${fieldList(p)}</td></tr>`,
    )
    .join('\n');
  const notes = (spec.help.notes ?? []).map((n) => `<li>${e(n)}</li>`).join('\n');
  const empty = spec.params.map((p) => `<li><code>${e(p.name)}</code>: ${e(emptyCellText(p))}</li>`).join('\n');
  const examples = (spec.help.examples ?? []).map(renderExample).join('\n');
  const sources = spec.sources
    .map((s) => `<li>${e(s.label)} <em>[${e(s.tag)}: ${e(TAG_TEXT[s.tag])}]</em><br><span class="src">${e(s.document)}${sourceLink(s)}</span></li>`)
    .join('\n');
  return page(
    `${NAMESPACE}.${spec.id} — GREX help`,
    `<p class="crumb"><a href="index.html">Alle GREX-functies</a> · ${e(spec.category)}</p>
<h1>${e(NAMESPACE)}.${e(spec.id)}</h1>
<p class="lead">${e(spec.description)}</p>
<pre class="sig">${e(signature(spec))}</pre>
<h2>Formule</h2>
<pre>${spec.help.formula.map(e).join('\n')}</pre>
<h2>Argumenten</h2>
<table><thead><tr><th>Argument</th><th>Soort</th><th>Standaard</th><th>Betekenis</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<h2>Uitkomst</h2>
<p>${e(resultText(spec))}</p>
${notes ? `<h2>Toelichting</h2>\n<ul>\n${notes}\n</ul>` : ''}
${empty ? `<h2>Lege cellen</h2>\n<ul>\n${empty}\n</ul>` : ''}
${
  examples
    ? `<h2>Voorbeelden</h2>\n<p class="note">In de notatie van Nederlandstalige Excel (<code>;</code> tussen argumenten, ` +
      `decimale komma, <code>{1\\2\\3}</code> is een rij en <code>{1;2;3}</code> een kolom); de Engelse notatie staat ` +
      `eronder. Uitkomsten afgerond; de volle waarde staat erbij.</p>\n<ul class="examples">\n${examples}\n</ul>`
    : ''
}
<h2>Bronnen</h2>
<ul>
${sources}
</ul>
<h2>Foutmeldingen</h2>
<p>Onjuiste invoer geeft <code>#WAARDE!</code> (<code>#VALUE!</code>) met een melding die het argument en de ontvangen waarde noemt; een berekening
die niet convergeert geeft <code>#GETAL!</code> (<code>#NUM!</code>).</p>`,
  );
}

export function renderHelpIndex(): string {
  const e = escapeHtml;
  const groups = new Map<string, FunctionSpec[]>();
  for (const s of REGISTRY) groups.set(s.category, [...(groups.get(s.category) ?? []), s]);
  const body = [...groups]
    .map(
      ([cat, specs]) =>
        `<h2>${e(cat)}</h2>\n<ul>\n${specs
          .map((s) => `<li><a href="${e(s.id)}.html"><code>${e(NAMESPACE)}.${e(s.id)}</code></a> ` + `— ${e(s.description)}</li>`)
          .join('\n')}\n</ul>`,
    )
    .join('\n');
  return page(
    'GREX-functies',
    `<h1>GREX-functies</h1>
<p class="lead">Alle functies van de GREX-invoegtoepassing. Percentages als fractie (2% = 0,02; in een cel mag u ook 2% typen), jaren als jaartal,
reeksen als één rij of kolom. Een percentage dat als heel getal is getypt (2,5 voor 2,5%) wordt geweigerd met de vraag of u 2,5% bedoelt.</p>
${body}`,
  );
}

/** The README's function table (Markdown). */
export function renderFunctionTable(): string {
  const lines = ['| Functie | Categorie | Wat het doet |', '|---|---|---|'];
  for (const s of REGISTRY) lines.push(`| \`${signature(s)}\` | ${s.category} | ${s.description} |`);
  return lines.join('\n');
}

/**
 * The landing page at the add-in's root URL: what a person sees who opens
 * the address `npm start` prints in an ordinary browser.
 */
export function renderLandingPage(): string {
  const n = REGISTRY.length;
  return page(
    'GREX — Excel-invoegtoepassing voor grondexploitatie',
    `<h1>GREX</h1>
<p class="lead">Een Excel-invoegtoepassing voor grondbedrijven, ontwikkelmaatschappijen en gemeenteraden: ${n} Excel-functies onder de naam
<code>GREX.</code> (grondexploitatie volgens het BBV, grondwaarde, kostenverhaal, bedrijfsverplaatsing, erfpacht en de Utrechtse barcode) en een
taakvenster dat rekenmodellen opbouwt, een werkmap controleert en een raadsversie maakt.</p>
<p>Deze server levert de invoegtoepassing aan Excel. In een gewone browser werkt alleen de help; de functies en het taakvenster werken in Excel.</p>
<h2>Help</h2>
<ul>
<li><a href="help/index.html">Alle GREX-functies</a> met formule, argumenten, voorbeelden en bronnen</li>
<li>Voorbeeld: <code>=GREX.NCW(0,02;{100;200;300};2025)</code> → <strong>572,97</strong> (Engelstalige Excel:
<code>=GREX.NCW(0.02,{100,200,300},2025)</code>)</li>
</ul>
<h2>GREX in Excel laden</h2>
<p>Nodig: Excel op het web, Microsoft 365 voor Windows vanaf versie 2008 of voor Mac vanaf 16.40, Excel 2021 LTSC vanaf versie 2108, of Excel met een
losse licentie vanaf versie 2311. Niet op de iPad. Het README van GREX heeft de tabel en de installatiestappen.</p>
<ol class="steps">
<li>Excel op het web: open een werkmap, kies <strong>Start &gt; Invoegtoepassingen &gt; Meer invoegtoepassingen &gt; Mijn invoegtoepassingen &gt;
Mijn invoegtoepassing uploaden</strong> en kies het bestand <a href="manifest.xml">manifest.xml</a> (eerst opslaan).</li>
<li>Excel desktop: <code>npm start</code> laadt GREX daar automatisch; in een organisatie zet de beheerder het manifest klaar via het Microsoft
365-beheercentrum.</li>
<li>Typ daarna <code>=GREX.</code> in een cel, of open het taakvenster met <strong>Start &gt; GREX-modellen</strong>.</li>
</ol>
<p class="note">Toont elke GREX-cel <code>#NAAM?</code>, dan is de invoegtoepassing niet geladen; zie de README, onderdeel "Problemen oplossen".</p>`,
    'help/help.css',
  );
}
