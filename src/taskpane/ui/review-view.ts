/**
 * The "Controle" panel: the findings first, then every GREX formula in the
 * workbook grouped by sheet and function (collapsed, with a filter), with
 * the parameters it used in Dutch notation and a button per cell to jump there.
 */
import type { ExcelRun } from '../excel/host';
import { findInconsistencies, Finding, show } from '../review/findings';
import { entriesOf, jumpTo, loadWorkbook, ReviewEntry } from '../review/scan';
import { runAction } from './action';
import { button, clear, h, uid } from './dom';
import { findingMatches, groupEntries, type SheetGroup } from './review-groups';
import { findingsList } from './findings-list';
import { toDutchFormula } from '../../functions/notation';
import type { StatusArea } from './status';
import { toDutchError } from '../excel/errors';
import { writePlan } from '../excel/writer';
import { overviewPlan } from '../review/overview-plan';
import { readWorkbookModel } from '../excel/read-model';
import { mappingsFor } from '../../workbook/report';
import { WerkmapPanel } from './werkmap-view';

const RATES = new Set(['disconteringsvoet', 'rente', 'rekenrente', 'marktrente', 'canonpercentage', 'groei', 'kostenindex', 'opbrengstenindex']);
const SHOWN = new Set([...RATES, 'timing', 'peiljaar', 'startjaar', 'eindjaar', 'prijspeiljaar', 'looptijd']);

const SEVERITY: Record<Finding['severity'], string> = { fout: 'Fout', waarschuwing: 'Let op', bevinding: 'BBV' };

export class ReviewView {
  readonly root: HTMLElement;
  private results: HTMLElement;
  private werkmap: WerkmapPanel;

  constructor(
    private run: ExcelRun,
    private status: StatusArea,
  ) {
    this.results = h('div', { class: 'review-results' });
    this.werkmap = new WerkmapPanel(run, status, (sheet, cell) => this.jumpButton(sheet, cell));
    this.root = h(
      'div',
      {},
      h('h2', { text: 'Werkmap controleren' }),
      h('p', {
        class: 'intro',
        text:
          'Zoekt alle GREX-formules in de werkmap, toont de parameters die ze gebruiken (disconteringsvoet, rente, ' +
          'timing, peiljaar) en meldt tegenstrijdigheden en bevindingen van GREX.BBV.TOETS. Een zelfgebouwde ' +
          'grondexploitatie (zonder GREX-formules) wordt herkend, nagerekend en op haar formules gecontroleerd.',
      }),
      h(
        'div',
        { class: 'actions' },
        button('Werkmap controleren', () => void this.scan(), 'primary', { id: 'controle-start' }),
      ),
      this.results,
    );
  }

  private jump(sheet: string, address: string): void {
    jumpTo(this.run, sheet, address)
      .then(() => this.status.info(`Cel ${address} op blad "${sheet}" is geselecteerd.`))
      .catch((e) => this.status.error(toDutchError(e)));
  }

  private jumpButton(sheet: string, address: string): HTMLButtonElement {
    return button(`${sheet}!${address}`, () => this.jump(sheet, address), 'subtle', {
      'aria-label': `Ga naar cel ${address} op blad ${sheet}`,
      class: 'btn btn-subtle jump',
    });
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
    this.status.success(
      n === 0
        ? 'Geen GREX-formules gevonden in deze werkmap.'
        : `${n} GREX-formule${n === 1 ? '' : 's'} gevonden, ${findings.length} melding${findings.length === 1 ? '' : 'en'}.`,
    );
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
    const filterId = uid('filter');
    const filter = h('input', { id: filterId, attrs: { type: 'search', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': `${filterId}-hulp` } });
    const filterBox = h(
      'div',
      { class: 'field review-filter' },
      h('label', { text: 'Filter', attrs: { for: filterId } }),
      filter,
      h('p', { id: `${filterId}-hulp`, class: 'field-help', text: 'Op blad, cel, functie of tekst, bijvoorbeeld "NCW" of "Blad1 B4".' }),
    );
    const count = h('p', { class: 'filter-count', attrs: { role: 'status', 'aria-live': 'polite' } });
    const findingsBox = h('div', {});
    const groupsBox = h('div', {});
    const sheetButton = button('Overzicht op een nieuw blad', () => void this.writeOverview(entries, findings), 'secondary', { id: 'controle-blad' });
    const draw = () => {
      const text = filter.value;
      const fs = findings.filter((f) => findingMatches(f, text));
      const groups = groupEntries(entries, text);
      const shown = groups.reduce((n, g) => n + g.count, 0);
      this.renderFindings(findingsBox, fs, findings.length);
      this.renderGroups(groupsBox, groups, shown, entries.length, text.trim() !== '');
      count.textContent = text.trim() ? `${fs.length} van ${findings.length} meldingen en ${shown} van ${entries.length} formules passen bij het filter.` : '';
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    filter.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(draw, 150);
    });
    this.results.append(h('div', { class: 'actions' }, sheetButton), this.werkmap.root, filterBox, count, findingsBox, groupsBox);
    draw();
  }

  /** Findings first: they are what needs attention. */
  private renderFindings(box: HTMLElement, findings: Finding[], total: number): void {
    clear(box);
    box.append(h('h3', { id: 'meldingen-kop', text: `Meldingen (${findings.length === total ? total : `${findings.length} van ${total}`})` }));
    const items = findings.map((f) => ({ severity: f.severity, badge: SEVERITY[f.severity], text: f.text, jump: this.jumpButton(f.sheet, f.address) }));
    box.append(findingsList('meldingen-kop', items, total ? 'Geen meldingen bij dit filter.' : 'Geen tegenstrijdigheden gevonden.'));
  }

  /** Formulas per sheet and per function, collapsed; a group's cards are built when it is opened. */
  private renderGroups(box: HTMLElement, groups: SheetGroup[], shown: number, total: number, filtered: boolean): void {
    clear(box);
    box.append(h('h3', { id: 'formules-kop', text: `GREX-formules (${shown === total ? total : `${shown} van ${total}`})` }));
    if (!groups.length) {
      box.append(h('p', { text: total ? 'Geen formules bij dit filter.' : 'Geen GREX-formules.' }));
      return;
    }
    const openAll = filtered && shown <= 30;
    const lazy = (details: HTMLDetailsElement, fill: () => HTMLElement) => {
      let done = false;
      const ensure = () => {
        if (details.open && !done) {
          done = true;
          details.append(fill());
        }
      };
      details.addEventListener('toggle', ensure);
      if (openAll) {
        details.open = true;
        ensure();
      }
      return details;
    };
    box.append(
      h(
        'ul',
        { class: 'sheet-groups', attrs: { 'aria-labelledby': 'formules-kop' } },
        ...groups.map((g) => {
          const fns = g.functions.map((f) => f.fn);
          const summary = h(
            'summary',
            {},
            h('span', { class: 'group-title', text: g.sheet }),
            h('span', {
              class: 'group-count',
              text: ` — ${g.count} formule${g.count === 1 ? '' : 's'}: ${fns.slice(0, 4).join(', ')}${fns.length > 4 ? ', …' : ''}`,
            }),
          );
          return h(
            'li',
            {},
            lazy(h('details', { class: 'sheet-group' }, summary), () =>
              h(
                'ul',
                { class: 'fn-groups' },
                ...g.functions.map((f) =>
                  h(
                    'li',
                    {},
                    lazy(h('details', { class: 'fn-group' }, h('summary', { text: `${f.fn} (${f.entries.length})` })), () =>
                      h('ul', { class: 'entries' }, ...f.entries.map((e) => this.entryCard(e))),
                    ),
                  ),
                ),
              ),
            ),
          );
        }),
      ),
    );
  }

  private entryCard(e: ReviewEntry): HTMLElement {
    const params = e.calls.flatMap((c) =>
      c.params
        .filter((p) => SHOWN.has(p.name) && (p.text !== '' || p.resolved))
        .map((p) => {
          const value = p.resolved ? show(p.value, RATES.has(p.name) && typeof p.value === 'number') : 'onbekend';
          const from = p.isDefault ? 'standaard' : toDutchFormula(p.text);
          return h('li', { text: `${p.name} = ${value}${from && from !== String(p.value) ? ` (${from})` : ''}` });
        }),
    );
    return h(
      'li',
      { class: 'entry' },
      h(
        'div',
        { class: 'entry-head' },
        this.jumpButton(e.sheet, e.address),
        h('span', { class: 'entry-fn', text: e.calls.map((c) => `GREX.${c.name}`).join(', ') }),
      ),
      h('code', { class: 'formula', text: toDutchFormula(e.formula), attrs: { title: `Engelstalige Excel: ${e.formula}` } }),
      params.length ? h('ul', { class: 'params' }, ...params) : null,
    );
  }
}
