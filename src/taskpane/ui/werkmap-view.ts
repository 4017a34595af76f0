/**
 * Controle for a hand-built grondexploitatie: the reconciliation and the
 * findings per recognised model, the mapping part by part with "gebruik
 * selectie", storing the mapping as names (after a confirm step) and the
 * "rekenblad naast uw model".
 */
import type { ExcelRun } from '../excel/host';
import { toDutchError } from '../excel/errors';
import { writePlan } from '../excel/writer';
import { selectedAddress, writeMappingNames } from '../excel/mapping-names';
import { Workbook } from '../../workbook/model';
import { Mapping } from '../../workbook/mapping';
import { PARAM_KEYS, PART_KEYS, MappingError, mappingFromRecord, mappingToRecord } from '../../workbook/names';
import { ModelReport, Report, describeConventions, reviewModel } from '../../workbook/report';
import { RULES } from '../../workbook/checks';
import { rekenbladFor } from '../review/rekenblad-plan';
import { runAction } from './action';
import { button, clear, h, uid } from './dom';
import { cancelButton, confirmGroup } from './confirm';
import { findingsList } from './findings-list';
import type { StatusArea } from './status';
import { formatEuro } from '../../core/messages';

const PART_LABEL: Record<string, string> = {
  jaren: 'Jaren (één rij)',
  kosten: 'Kostenposten op prijspeil',
  opbrengsten: 'Opbrengstposten op prijspeil',
  rente: 'Rente',
  disconteringsvoet: 'Disconteringsvoet',
  kostenstijging: 'Kostenstijging',
  opbrengstenstijging: 'Opbrengstenstijging',
  prijspeil: 'Prijspeil',
  beginboekwaarde: 'Boekwaarde 1-1',
  motivering: 'Motivering looptijd',
  eindwaarde: 'Eindwaarde (uw cel)',
  ncw: 'NCW (uw cel)',
  nominaal: 'Nominaal resultaat (uw cel)',
};
/** The parts shown in the editor; the intermediate rows stay as recognised (they only feed the comparison per year). */
const EDITED = ['jaren', 'kosten', 'opbrengsten', ...PARAM_KEYS, 'eindwaarde', 'ncw'];

const eur = (x: number | null) => (x === null ? '—' : formatEuro(x));

export class WerkmapPanel {
  readonly root: HTMLElement;
  private wb: Workbook | undefined;
  private mappings: Mapping[] = [];
  private report: Report = { models: [], findings: [] };

  constructor(
    private run: ExcelRun,
    private status: StatusArea,
    private jump: (sheet: string, cell: string) => HTMLButtonElement,
  ) {
    this.root = h('div', { class: 'werkmap' });
  }

  get current(): Report {
    return this.report;
  }

  show(wb: Workbook, mappings: Mapping[], source: string): void {
    this.wb = wb;
    this.mappings = mappings;
    this.recompute();
    this.render(source);
  }

  private recompute(): void {
    const models: ModelReport[] = [];
    const findings: Report['findings'] = [];
    for (const m of this.mappings) {
      const r = reviewModel(this.wb!, m);
      models.push(r.model);
      findings.push(...r.findings);
    }
    this.report = { models, findings };
  }

  private render(source: string): void {
    clear(this.root);
    this.root.append(h('h3', { id: 'werkmap-kop', text: 'Eigen grondexploitatie' }));
    if (!this.mappings.length) {
      this.root.append(h('p', { text: 'Geen zelfgebouwde grondexploitatie herkend: geen blad met een rij jaartallen en kosten- of opbrengstenposten.' }));
      return;
    }
    this.root.append(
      h('p', {
        class: 'field-help',
        text:
          source === 'werkmap'
            ? 'De koppeling komt uit de namen GREX_W_… in deze werkmap.'
            : 'Voorstel van GREX: controleer elk onderdeel en verbeter het zo nodig met "gebruik selectie".',
      }),
    );
    this.mappings.forEach((m, i) => this.root.append(this.modelBlock(m, this.report.models[i], i)));
    const fl = this.report.findings;
    this.root.append(h('h4', { id: 'werkmap-bevindingen', text: `Bevindingen in de formules (${fl.length})` }));
    const items = fl.map((f) => ({
      severity: 'waarschuwing',
      badge: f.rule,
      text: `${RULES[f.rule]}: ${f.message}`,
      jump: f.sheet ? this.jump(f.sheet, f.cell) : null,
    }));
    this.root.append(findingsList('werkmap-bevindingen', items, 'Geen bevindingen in de formules.'));
  }

  private modelBlock(m: Mapping, r: ModelReport, index: number): HTMLElement {
    const rows: [string, number | null, number | null][] = [
      ['Uw werkmap', r.workbook.eindwaarde, r.workbook.ncw],
      ['GREX, zoals uw werkmap rekent', r.grex.eindwaarde, r.grex.ncw],
      ['GREX, BBV (positief = winst)', r.bbv.eindwaarde, r.bbv.ncw],
    ];
    const table = h(
      'table',
      { class: 'werkmap-cijfers' },
      h('thead', {}, h('tr', {}, h('th', { text: '' }), h('th', { text: 'Eindwaarde' }), h('th', { text: 'NCW' }))),
      h(
        'tbody',
        {},
        ...rows.map(([l, a, b]) => h('tr', {}, h('th', { text: l, attrs: { scope: 'row' } }), h('td', { text: eur(a) }), h('td', { text: eur(b) }))),
      ),
    );
    const div = r.first_divergence;
    const editor = this.editor(m, index);
    const confirmBox = h('div', { class: 'confirm-box' });
    return h(
      'section',
      { class: 'werkmap-model', attrs: { 'aria-label': `Model op blad ${m.sheet}` } },
      h('h4', { text: `Blad ${m.sheet}, ${r.first_year}–${r.last_year}` }),
      table,
      h('p', { text: `Verschil met uw werkmap: ${r.gap === null ? 'niet te bepalen (geen eindwaarde- of NCW-cel gekoppeld)' : eur(r.gap)}.` }),
      h(
        'p',
        {},
        'Eerste afwijking in de tussenrijen: ',
        div ? this.jump(div.cell.split('!')[0].replace(/^'|'$/g, ''), div.cell.split('!')[1]) : 'geen',
        div ? ` ("${div.row_label}", ${div.year})` : '',
      ),
      h('ul', { class: 'facts' }, ...describeConventions(r.conventions).map((t) => h('li', { text: t }))),
      editor,
      h(
        'div',
        { class: 'actions' },
        button('Koppeling opslaan', () => this.confirmSave(m, confirmBox), 'primary', { id: `werkmap-opslaan-${index}` }),
        button('Rekenblad naast uw model', () => this.confirmRekenblad(m, confirmBox), 'secondary', { id: `werkmap-rekenblad-${index}` }),
      ),
      confirmBox,
    );
  }

  /** One line per part: its reference (editable) and "gebruik selectie". */
  private editor(m: Mapping, index: number): HTMLElement {
    const rec = mappingToRecord(m);
    const fields = EDITED.map((key) => {
      const id = uid(`koppeling-${key}`);
      const input = h('input', { id, attrs: { type: 'text', value: rec[key] ?? '', 'data-part': key, autocomplete: 'off', spellcheck: 'false' } });
      const use = button('gebruik selectie', () => void this.useSelection(index, key, input), 'subtle', {
        'aria-label': `Gebruik de selectie voor ${PART_LABEL[key]}`,
        id: `${id}-selectie`,
      });
      input.addEventListener('change', () => this.setPart(index, key, input.value));
      return h('div', { class: 'field koppeling' }, h('label', { text: PART_LABEL[key], attrs: { for: id } }), input, use);
    });
    return h('fieldset', { class: 'koppeling-onderdelen' }, h('legend', { text: 'Koppeling (welke cellen wat zijn)' }), ...fields);
  }

  private async useSelection(index: number, key: string, input: HTMLInputElement): Promise<void> {
    try {
      const address = await selectedAddress(this.run);
      input.value = address;
      this.setPart(index, key, address);
    } catch (e) {
      this.status.error(toDutchError(e));
    }
  }

  private setPart(index: number, key: string, text: string): void {
    if (!PART_KEYS.includes(key)) return;
    const rec: Record<string, unknown> = { ...mappingToRecord(this.mappings[index]), [key]: text.trim() || undefined };
    try {
      this.mappings[index] = mappingFromRecord(this.wb!, rec);
    } catch (e) {
      this.status.error(
        e instanceof MappingError
          ? {
              message: e.message,
              action: 'Selecteer het juiste bereik en kies opnieuw "gebruik selectie", of typ de verwijzing (zoals Exploitatie!C5:N5).',
            }
          : toDutchError(e),
      );
      return;
    }
    this.recompute();
    this.render('herkend');
    this.status.info(`${PART_LABEL[key]}: ${text}. De vergelijking is bijgewerkt; sla de koppeling op om haar te bewaren.`);
    document.getElementById(`werkmap-opslaan-${index}`)?.focus();
  }

  /** A confirm step in `box`: a title that takes focus, what will happen, and the two choices (Escape cancels). */
  private confirm(box: HTMLElement, titleText: string, facts: string[], yesLabel: string, onYes: () => void): void {
    clear(box);
    const title = h('h4', { id: uid('werkmap-bevestig'), text: titleText, attrs: { tabindex: -1 } });
    const yes = button(
      yesLabel,
      () => {
        clear(box);
        onYes();
      },
      'primary',
    );
    const no = cancelButton(box, this.status, 'Niets geschreven.');
    box.append(confirmGroup(title, h('ul', { class: 'facts' }, ...facts.map((t) => h('li', { text: t }))), yes, no));
    title.focus();
  }

  private confirmSave(m: Mapping, box: HTMLElement): void {
    const names = Object.keys(mappingToRecord(m)).map((k) => 'GREX_W_' + k.toUpperCase());
    this.confirm(
      box,
      'Koppeling opslaan?',
      [
        `GREX voegt ${names.length} namen toe (Formules > Namen beheren): ${names.join(', ')}.`,
        'Eerdere GREX_W_-namen worden vervangen. Geen enkele cel van uw werkmap wordt gewijzigd.',
        'Bij het heropenen en in "grex controleer" wordt deze koppeling gebruikt.',
      ],
      'Opslaan',
      () => void this.save(m),
    );
  }

  private confirmRekenblad(m: Mapping, box: HTMLElement): void {
    this.confirm(
      box,
      'Rekenblad naast uw model maken?',
      [
        `GREX maakt een nieuw blad ("GREX naast ${m.sheet}") met GREX-formules die naar uw eigen cellen verwijzen.`,
        'Geen enkele cel van uw eigen bladen wordt gewijzigd; het nieuwe blad kunt u weer verwijderen.',
      ],
      'Rekenblad maken',
      () => void this.rekenblad(m),
    );
  }

  private async save(m: Mapping): Promise<void> {
    const res = await runAction(this.status, 1, 'Koppeling opslaan…', async (job) => {
      job.step('Namen schrijven…');
      return writeMappingNames(this.run, m);
    });
    if (res) this.status.success(`Klaar: de koppeling is opgeslagen in ${res.length} namen (GREX_W_…).`);
  }

  private async rekenblad(m: Mapping): Promise<void> {
    const plan = rekenbladFor(this.wb!, m, new Date().toISOString().slice(0, 10));
    const res = await runAction(this.status, 1, 'Rekenblad maken…', async (job) => {
      job.step('Rekenblad schrijven…');
      return writePlan(this.run, plan, 'newSheet');
    });
    if (res) this.status.success(`Klaar: het rekenblad staat op het nieuwe blad "${res.placement.sheet}". Uw eigen bladen zijn niet gewijzigd.`);
  }
}
