/**
 * The "Raadsversie" panel: choose the sheets to copy and the
 * grondexploitatie for the kernvariabelen, confirm, and make it.
 */
import type { ExcelRun } from '../excel/host';
import { listModels, ModelRef } from '../raadsversie/ge-model';
import { hasMappedModel, MAPPED_MODEL } from '../models/mapped-model';
import { makeRaadsversie } from '../raadsversie/make';
import { runAction } from './action';
import { button, clear, h, uid } from './dom';
import { cancelButton, confirmGroup } from './confirm';
import type { StatusArea } from './status';

async function sheetNames(run: ExcelRun): Promise<string[]> {
  return run(async (ctx) => {
    const s = ctx.workbook.worksheets;
    s.load('items/name,items/visibility');
    await ctx.sync();
    return s.items.filter((x) => x.visibility === 'Visible').map((x) => x.name);
  });
}

export class RaadsversieView {
  readonly root: HTMLElement;
  private body: HTMLElement;

  constructor(
    private run: ExcelRun,
    private status: StatusArea,
  ) {
    this.body = h('div', {});
    this.root = h(
      'div',
      {},
      h('h2', { text: 'Raadsversie' }),
      h('p', {
        class: 'intro',
        text:
          'Maakt kopieën van de gekozen bladen waarin elke GREX-formule is vervangen door haar waarde, plus een blad met ' +
          'de kernvariabelen en stresstests in gewone taal. Wie de invoegtoepassing niet heeft, ziet zo getallen in ' +
          'plaats van #NAAM?. De originele bladen blijven ongewijzigd.',
      }),
      h(
        'div',
        { class: 'actions' },
        button('Bladen ophalen', () => void this.load(), 'secondary', { id: 'raad-ophalen' }),
      ),
      this.body,
    );
  }

  async load(): Promise<void> {
    const got = await runAction(this.status, 1, 'Bladen ophalen…', async (job) => {
      job.step('Bladen ophalen…');
      const mapped = await hasMappedModel(this.run);
      const own: ModelRef[] = mapped ? [{ suffix: MAPPED_MODEL, sheet: mapped.sheet }] : [];
      return { sheets: await sheetNames(this.run), models: [...(await listModels(this.run)), ...own] };
    });
    if (!got) return;
    this.render(got.sheets, got.models);
    this.status.info(`${got.sheets.length} bladen gevonden. Kies welke in de raadsversie komen.`);
  }

  private render(sheets: string[], models: ModelRef[]): void {
    clear(this.body);
    const boxes = sheets.map((s) => {
      const id = uid('blad');
      const input = h('input', { id, attrs: { type: 'checkbox', value: s, checked: !/\(raad\)/.test(s) && !/^Raadsversie/.test(s) } });
      return { input, row: h('div', { class: 'field-check' }, input, h('label', { text: s, attrs: { for: id } })) };
    });
    const modelId = uid('model');
    const select = h(
      'select',
      { id: modelId },
      h('option', { text: 'Geen (alleen kopieën)', attrs: { value: '-' } }),
      ...models.map((m, i) =>
        h('option', {
          text: m.suffix === MAPPED_MODEL ? `Eigen model op blad "${m.sheet}" (koppeling GREX_W_…)` : `Grondexploitatie op blad "${m.sheet}" (GE_…${m.suffix})`,
          attrs: { value: m.suffix, selected: i === 0 },
        }),
      ),
    );
    const allId = uid('alles');
    const all = h('input', { id: allId, attrs: { type: 'checkbox', checked: true } });
    const confirmBox = h('div', { class: 'confirm-box' });
    const go = button(
      'Raadsversie maken',
      () => {
        const chosen = boxes.filter((b) => b.input.checked).map((b) => b.input.value);
        const model = select.value === '-' ? undefined : select.value;
        this.confirm(chosen, model, all.checked, confirmBox);
      },
      'primary',
      { id: 'raad-maken' },
    );
    this.body.append(
      h('fieldset', {}, h('legend', { text: 'Welke bladen kopiëren?' }), ...boxes.map((b) => b.row)),
      h(
        'div',
        { class: 'field' },
        h('label', { text: 'Kernvariabelen en stresstests uit', attrs: { for: modelId } }),
        select,
        h('p', {
          class: 'field-help',
          text: models.length
            ? 'De invoer wordt gelezen uit de benoemde cellen van het grondexploitatiemodel, of voor een eigen model uit de ' +
              'koppeling die u in Controle hebt vastgelegd.'
            : 'Geen grondexploitatiemodel (GE_…) en geen vastgelegde koppeling (GREX_W_…) gevonden: maak een model met "Nieuw ' +
              'model", of leg in Controle de koppeling van uw eigen model vast.',
        }),
      ),
      h(
        'div',
        { class: 'field-check' },
        all,
        h('label', {
          text: 'Alle formules in de kopieën vastzetten (aanbevolen). Uit: alleen formules die binnen het blad blijven rekenen nog mee.',
          attrs: { for: allId },
        }),
      ),
      h('div', { class: 'actions' }, go),
      confirmBox,
    );
  }

  private confirm(sheets: string[], model: string | undefined, allFormulas: boolean, box: HTMLElement): void {
    clear(box);
    if (!sheets.length && model === undefined) {
      this.status.info('Kies ten minste één blad of een grondexploitatie.');
      return;
    }
    const title = h('h3', { id: 'raad-bevestig', text: 'Bevestigen', attrs: { tabindex: -1 } });
    const yes = button(
      'Maken',
      () => {
        clear(box);
        void this.make(sheets, model, allFormulas);
      },
      'primary',
      { id: 'raad-ja' },
    );
    const no = cancelButton(box, this.status, 'Niets gemaakt.', 'raad-maken');
    const facts = h(
      'ul',
      { class: 'facts' },
      h('li', { text: `${sheets.length} kopie(ën) met vaste waarden: ${sheets.join(', ') || '—'}.` }),
      h('li', { text: model === undefined ? 'Geen blad met kernvariabelen.' : 'Een nieuw blad met kernvariabelen en stresstests.' }),
      h('li', { text: 'De originele bladen worden alleen gelezen, niet gewijzigd.' }),
    );
    box.append(confirmGroup(title, facts, yes, no));
    title.focus();
  }

  private async make(sheets: string[], model: string | undefined, allFormulas: boolean): Promise<void> {
    const res = await runAction(this.status, sheets.length + 3, 'Raadsversie maken…', (job) => makeRaadsversie(this.run, { sheets, model, allFormulas }, job));
    if (!res) return;
    const parts = [
      res.copies.length ? `Kopieën: ${res.copies.join(', ')}.` : '',
      res.kernSheet ? `Kernvariabelen en stresstests: blad "${res.kernSheet}".` : '',
    ].filter(Boolean);
    this.status.success('Klaar: de raadsversie is gemaakt. De originele bladen zijn ongewijzigd.', [
      ...parts,
      'Deel alleen deze bladen (bijvoorbeeld: rechtsklik op de bladtab > Verplaatsen of kopiëren > nieuwe werkmap, of ' +
        'exporteer ze als PDF): de originelen tonen zonder de invoegtoepassing #NAAM?.',
      ...res.warnings,
    ]);
    document.getElementById('raad-maken')?.focus();
  }
}
