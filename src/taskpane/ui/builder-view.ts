/**
 * The "Modellen" panel: pick a builder, fill its short form, choose where
 * to write, confirm what will be written, write, and say where it went.
 */
import { BUILDERS } from '../builders';
import { functionsOf, type BuilderSpec, type Values } from '../builders/types';
import type { ExcelRun } from '../excel/host';
import type { SheetPlan } from '../excel/plan';
import { Placement, preview, Target, writePlan } from '../excel/writer';
import { runAction } from './action';
import { button, clear, h, uid } from './dom';
import { cancelButton, confirmGroup } from './confirm';
import { RawValues, renderForm } from './form';
import { findFunction } from '../../functions/registry';
import { helpPath } from '../../functions/metadata';
import type { StatusArea } from './status';
import { PURPOSE } from './purposes';

export class BuilderView {
  readonly root: HTMLElement;
  private body: HTMLElement;
  /** What the user typed per builder and the chosen target, kept while the pane is open. */
  private typed = new Map<string, { raw: RawValues; target: Target }>();

  constructor(
    private run: ExcelRun,
    private status: StatusArea,
  ) {
    this.body = h('div', { class: 'builder-body' });
    this.root = h('div', {}, this.body);
    this.showList();
  }

  showList(focusId?: string): void {
    clear(this.body);
    const heading = h('h2', { text: 'Nieuw model', attrs: { tabindex: -1 } });
    const intro = h('p', {
      class: 'intro',
      text:
        'Kies een rekenmodel. GREX vraagt een paar gegevens en maakt een nieuw blad met benoemde parameters, ' +
        'invoertabellen en GREX-formules die blijven meerekenen.',
    });
    const list = h(
      'ul',
      { class: 'card-list' },
      ...BUILDERS.map((b) => {
        const descId = uid('desc');
        return h(
          'li',
          {},
          h(
            'button',
            {
              id: `bouw-${b.id}`,
              class: 'card',
              attrs: { type: 'button', 'aria-describedby': descId },
              on: { click: () => this.showForm(b) },
            },
            h('span', { class: 'card-title', text: b.title }),
            h('span', { id: descId, class: 'card-text', text: b.tagline }),
          ),
        );
      }),
    );
    this.body.append(heading, intro, list);
    if (focusId) document.getElementById(focusId)?.focus();
  }

  private showForm(spec: BuilderSpec): void {
    clear(this.body);
    const heading = h('h2', { text: spec.title, attrs: { tabindex: -1 } });
    const kept = this.typed.get(spec.id);
    const form = renderForm(spec.fields, kept?.raw);
    const targetName = uid('doel');
    const radio = (value: Target, label: string, checked: boolean) => {
      const id = uid('doel');
      return h(
        'div',
        { class: 'field-check' },
        h('input', { id, attrs: { type: 'radio', name: targetName, value, checked } }),
        h('label', { text: label, attrs: { for: id } }),
      );
    };
    const target = h(
      'fieldset',
      { class: 'target' },
      h('legend', { text: 'Waar schrijven?' }),
      radio('newSheet', 'Op een nieuw blad', kept?.target !== 'selection'),
      radio('selection', 'Vanaf de geselecteerde cel (het bereik moet helemaal leeg zijn)', kept?.target === 'selection'),
    );
    const keep = () => {
      const checked = target.querySelector<HTMLInputElement>('input[type=radio]:checked');
      this.typed.set(spec.id, { raw: form.snapshot(), target: (checked?.value ?? 'newSheet') as Target });
    };
    const confirmBox = h('div', { class: 'confirm-box' });
    // A real submit button: Enter in any field submits the form in place (the handler prevents navigation).
    const next = h('button', { id: 'voorbeeld-tonen', class: 'btn btn-primary', text: 'Bekijken wat er komt', attrs: { type: 'submit' } });
    const back = button(
      'Terug',
      () => {
        keep();
        this.showList(`bouw-${spec.id}`);
      },
      'secondary',
      { id: 'terug' },
    );
    const formEl = h(
      'form',
      {
        attrs: { novalidate: true, 'aria-labelledby': 'form-kop' },
        on: {
          submit: (e) => {
            e.preventDefault();
            keep();
            void this.check(spec, form.read(), target, confirmBox);
          },
        },
      },
      form.element,
      target,
      h('div', { class: 'actions' }, next, back),
    );
    // A change after "Controleren" invalidates the confirm step: what is written is always what was confirmed.
    formEl.addEventListener('input', () => {
      if (confirmBox.firstChild) {
        clear(confirmBox);
        this.status.info('De invoer is gewijzigd: kies opnieuw "Bekijken wat er komt".');
      }
    });
    heading.id = 'form-kop';
    // One sentence of what the sheet is for; the full description on request, the function list below.
    const more = h('details', { class: 'summary' }, h('summary', { text: 'Wat komt er op het blad?' }), h('p', { text: spec.summary }));
    this.body.append(heading, h('p', { class: 'intro purpose', text: PURPOSE[spec.id] ?? spec.tagline }), more, formEl, confirmBox, functionsUsed(spec));
    heading.focus();
  }

  private async check(spec: BuilderSpec, read: ReturnType<ReturnType<typeof renderForm>['read']>, fieldset: HTMLElement, box: HTMLElement): Promise<void> {
    clear(box);
    if (!read.ok) {
      this.status.info('Controleer de gemarkeerde invoer.');
      return;
    }
    const checked = fieldset.querySelector<HTMLInputElement>('input[type=radio]:checked');
    const target = (checked?.value ?? 'newSheet') as Target;
    let found: unknown;
    if (spec.discover) {
      const discover = spec.discover.bind(spec);
      const got = await runAction(this.status, 1, 'Werkmap lezen…', async (job) => {
        job.step('Werkmap lezen…');
        return { found: await discover(this.run, read.values) };
      });
      if (!got) return;
      found = got.found;
    }
    let plan: SheetPlan;
    try {
      plan = spec.plan(read.values, found);
    } catch (e) {
      this.status.error({ message: `Het model kon niet worden opgesteld: ${e instanceof Error ? e.message : String(e)}`, action: 'Controleer de invoer.' });
      return;
    }
    const placement = await runAction(this.status, 1, 'Plek controleren…', async (job) => {
      job.step('Plek controleren…');
      return preview(this.run, plan, target);
    });
    if (!placement) return;
    this.showConfirm(spec, read.values, plan, target, placement, box);
  }

  private showConfirm(spec: BuilderSpec, values: Values, plan: SheetPlan, target: Target, p: Placement, box: HTMLElement): void {
    clear(box);
    const where = p.isNew ? `een nieuw blad "${p.sheet}"` : `blad "${p.sheet}", bereik ${p.address} (nu leeg)`;
    const names = Object.values(p.names).filter((n) => !n.includes('_tabel_'));
    const title = h('h3', { id: 'bevestig-kop', text: 'Bevestigen', attrs: { tabindex: -1 } });
    const items = h(
      'ul',
      { class: 'facts' },
      h('li', { text: `Schrijft naar ${where}${p.isNew ? `, bereik ${p.address}` : ''}.` }),
      h('li', { text: `${names.length} benoemde cellen, bijvoorbeeld ${names.slice(0, 3).join(', ')}.` }),
      h('li', { text: `${plan.tables.length} invoertabel(len) en ${plan.charts.length} grafiek(en).` }),
      h('li', { text: 'Er wordt niets overschreven: GREX controleert de plek vlak voor het schrijven opnieuw.' }),
      values.voorbeeld === true
        ? h('li', { class: 'warning', text: 'Het blad krijgt voorbeeldbedragen om te proberen (bovenaan gemeld); vervang ze door de eigen raming.' })
        : null,
    );
    const write = button('Schrijven', () => void this.write(spec, values, plan, target, p), 'primary', { id: 'schrijven' });
    const cancel = cancelButton(box, this.status, 'Niets geschreven.', 'voorbeeld-tonen');
    box.append(confirmGroup(title, items, write, cancel));
    this.status.info(`Klaar om te schrijven naar ${where}. Bevestig met "Schrijven".`);
    title.focus();
  }

  private async write(spec: BuilderSpec, _values: Values, plan: SheetPlan, target: Target, expected: Placement): Promise<void> {
    const res = await runAction(this.status, 1, 'Model schrijven…', async (job) => {
      job.step('Model schrijven…');
      return writePlan(this.run, plan, target, expected);
    });
    if (!res) return;
    const p = res.placement;
    this.showList(`bouw-${spec.id}`);
    this.status.success(`Klaar: ${spec.title} geschreven naar blad "${p.sheet}", bereik ${p.address}. Het blad is geopend.`, [
      `Parameters staan als benoemde cellen (${Object.values(p.names)[0]} …) met bron; vul de gele cellen in.`,
      ...res.warnings,
    ]);
  }
}

/** The GREX functions the sheet will use, each with its one-line description and a link to its help page. */
function functionsUsed(spec: BuilderSpec): HTMLElement {
  const items = functionsOf(spec).map((id) => {
    const f = findFunction(id)!; // the formula writer only writes registry functions
    const name = `GREX.${id}`;
    return h(
      'li',
      {},
      h('a', { text: name, attrs: { href: helpPath(f), target: '_blank', rel: 'noopener' } }),
      h('span', { class: 'fn-desc', text: ` — ${f.description}` }),
    );
  });
  return h(
    'section',
    { class: 'functions-used', attrs: { 'aria-labelledby': 'functies-kop' } },
    h('h3', { id: 'functies-kop', text: 'Functies op dit blad' }),
    h('ul', {}, ...items),
  );
}
