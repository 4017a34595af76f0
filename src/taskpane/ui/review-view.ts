/**
 * The "Controle" panel: lists every GREX formula in the workbook with the
 * parameters it used, the inconsistencies between them, and a button per
 * cell to jump there.
 */
import type { ExcelRun } from '../excel/host';
import { findInconsistencies, Finding, show } from '../review/findings';
import { entriesOf, jumpTo, loadWorkbook, ReviewEntry } from '../review/scan';
import { runAction } from './action';
import { button, clear, h } from './dom';
import type { StatusArea } from './status';
import { toDutchError } from '../excel/errors';
import { writePlan } from '../excel/writer';
import { overviewPlan } from '../review/overview-plan';
import { readWorkbookModel } from '../excel/read-model';
import { mappingsFor } from '../../workbook/report';
import { WerkmapPanel } from './werkmap-view';

const RATES = new Set(['disconteringsvoet', 'rente', 'rekenrente', 'marktrente', 'canonpercentage', 'groei', 'kostenindex', 'opbrengstenindex']);
const SHOWN = new Set([...RATES, 'timing', 'peiljaar', 'startjaar', 'eindjaar', 'prijspeiljaar', 'looptijd']);

/** The formula list stops here (the findings always cover every formula). */
const MAX_LISTED = 250;

const SEVERITY: Record<Finding['severity'], string> = { fout: 'Fout', waarschuwing: 'Let op', bevinding: 'BBV' };

export class ReviewView {
  readonly root: HTMLElement;
  private results: HTMLElement;
  private werkmap: WerkmapPanel;

  constructor(private run: ExcelRun, private status: StatusArea) {
    this.results = h('div', { class: 'review-results' });
    this.werkmap = new WerkmapPanel(run, status, (sheet, cell) => this.jumpButton(sheet, cell));
    this.root = h('div', {},
      h('h2', { text: 'Werkmap controleren' }),
      h('p', { class: 'intro', text: 'Zoekt alle GREX-formules in de werkmap, toont de parameters die ze gebruiken (disconteringsvoet, rente, timing, peiljaar) en meldt tegenstrijdigheden en bevindingen van GREX.BBV.TOETS. Een zelfgebouwde grondexploitatie (zonder GREX-formules) wordt herkend, nagerekend en op haar formules gecontroleerd.' }),
      h('div', { class: 'actions' }, button('Werkmap controleren', () => void this.scan(), 'primary', { id: 'controle-start' })),
      this.results);
  }

  private jump(sheet: string, address: string): void {
    jumpTo(this.run, sheet, address)
      .then(() => this.status.info(`Cel ${address} op blad "${sheet}" is geselecteerd.`))
      .catch((e) => this.status.error(toDutchError(e)));
  }

  private jumpButton(sheet: string, address: string): HTMLButtonElement {
    return button(`${sheet}!${address}`, () => this.jump(sheet, address), 'subtle', { 'aria-label': `Ga naar cel ${address} op blad ${sheet}`, class: 'btn btn-subtle jump' });
  }

  async scan(): Promise<void> {
    const got = await runAction(this.status, 3, 'Werkmap lezen…', async (job) => {
      const d = await loadWorkbook(this.run, job);
      job.step('Eigen grondexploitatie zoeken…');
      return { d, model: await readWorkbookModel(this.run) };
    });
    if (!got) return;
    const data = got.d;
    const { mappings, source } = mappingsFor(got.model);
    this.werkmap.show(got.model, mappings, source);
    const entries = entriesOf(data);
    const findings = findInconsistencies(entries);
    this.render(entries, findings);
    const n = entries.length;
    this.status.success(n === 0 ? 'Geen GREX-formules gevonden in deze werkmap.' : `${n} GREX-formule${n === 1 ? '' : 's'} gevonden, ${findings.length} melding${findings.length === 1 ? '' : 'en'}.`);
  }

  /** The review as a sheet of plain text for readers without the add-in. */
  private async writeOverview(entries: ReviewEntry[], findings: Finding[]): Promise<void> {
    const res = await runAction(this.status, 1, 'Overzicht schrijven…', async (job) => {
      job.step('Overzicht schrijven…');
      return writePlan(this.run, overviewPlan(entries, findings, new Date().toISOString().slice(0, 10), this.werkmap.current), 'newSheet');
    });
    if (res) this.status.success(`Klaar: het overzicht staat op het nieuwe blad "${res.placement.sheet}".`);
  }

  private render(entries: ReviewEntry[], findings: Finding[]): void {
    clear(this.results);
    const fHead = h('h3', { id: 'meldingen-kop', text: `Meldingen (${findings.length})` });
    const fList = findings.length
      ? h('ul', { class: 'findings', attrs: { 'aria-labelledby': 'meldingen-kop' } }, ...findings.map((f) =>
          h('li', { class: `finding finding-${f.severity}` },
            h('span', { class: 'badge', text: SEVERITY[f.severity] }),
            h('span', { class: 'finding-text', text: f.text }),
            this.jumpButton(f.sheet, f.address))))
      : h('p', { text: 'Geen tegenstrijdigheden gevonden.' });
    const eHead = h('h3', { id: 'formules-kop', text: `GREX-formules (${entries.length})` });
    const eList = h('ul', { class: 'entries', attrs: { 'aria-labelledby': 'formules-kop' } }, ...entries.slice(0, MAX_LISTED).map((e) => {
      const params = e.calls.flatMap((c) => c.params.filter((p) => SHOWN.has(p.name) && (p.text !== '' || p.resolved)).map((p) => {
        const value = p.resolved ? show(p.value, RATES.has(p.name) && typeof p.value === 'number') : 'onbekend';
        const from = p.isDefault ? 'standaard' : p.text;
        return h('li', { text: `${p.name} = ${value}${from && from !== String(p.value) ? ` (${from})` : ''}` });
      }));
      return h('li', { class: 'entry' },
        h('div', { class: 'entry-head' }, this.jumpButton(e.sheet, e.address), h('span', { class: 'entry-fn', text: e.calls.map((c) => `GREX.${c.name}`).join(', ') })),
        h('code', { class: 'formula', text: e.formula }),
        params.length ? h('ul', { class: 'params' }, ...params) : null);
    }));
    const sheetButton = button('Overzicht op een nieuw blad', () => void this.writeOverview(entries, findings), 'secondary', { id: 'controle-blad' });
    this.results.append(h('div', { class: 'actions' }, sheetButton));
    const more = entries.length > MAX_LISTED ? h('p', { text: `… en nog ${entries.length - MAX_LISTED} formules. De meldingen hierboven gelden voor alle ${entries.length} formules.` }) : null;
    this.results.append(this.werkmap.root, fHead, fList, eHead, eList);
    if (more) this.results.append(more);
  }
}
