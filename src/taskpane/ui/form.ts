/**
 * A builder's short form: labelled inputs with help and error text wired by
 * aria-describedby; values parsed the Dutch way (1.000.000,50 or 2,5).
 */
import type { Field, Values } from '../builders/types';
import { h, uid } from './dom';
import { parseDutchNumber } from './form-number';
import { percentText, readPercent } from './percent';

export { parseDutchNumber };

const nf = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 4 });

/** What the user typed, as typed (restored when the form is shown again). */
export type RawValues = Record<string, string | boolean>;

export interface RenderedForm {
  element: HTMLElement;
  /** The raw input, to keep what the user typed when the form is left. */
  snapshot(): RawValues;
  /** Parsed values, or the first invalid input (focused, with its message shown). */
  read(): { ok: true; values: Values } | { ok: false };
}

export function renderForm(fields: readonly Field[], initial: RawValues = {}): RenderedForm {
  const inputs: { field: Field; input: HTMLInputElement | HTMLSelectElement; error: HTMLElement; reading?: HTMLElement }[] = [];
  const rows = fields.map((f) => {
    const id = uid(`f-${f.key}`);
    const errId = `${id}-fout`;
    const helpId = `${id}-hulp`;
    const error = h('p', { id: errId, class: 'field-error', attrs: { 'aria-live': 'polite' } });
    const help = f.help ? h('p', { id: helpId, class: 'field-help', text: f.help }) : null;
    const readingId = `${id}-lezing`;
    const reading = f.kind === 'percent' ? h('p', { id: readingId, class: 'field-reading', attrs: { 'aria-live': 'polite' } }) : undefined;
    const described = [f.help ? helpId : '', reading ? readingId : '', errId].filter(Boolean).join(' ');
    let input: HTMLInputElement | HTMLSelectElement;
    if (f.kind === 'select') {
      const chosen = initial[f.key] ?? f.default;
      input = h(
        'select',
        { id, attrs: { name: f.key, 'aria-describedby': described } },
        ...(f.options ?? []).map((o) => h('option', { text: o.label, attrs: { value: o.value, selected: o.value === chosen } })),
      );
    } else if (f.kind === 'checkbox') {
      input = h('input', { id, attrs: { type: 'checkbox', name: f.key, 'aria-describedby': described, checked: (initial[f.key] ?? f.default) === true } });
    } else {
      const numeric = f.kind !== 'text';
      input = h('input', {
        id,
        attrs: {
          type: 'text',
          name: f.key,
          inputmode: numeric ? (f.kind === 'year' || f.kind === 'integer' ? 'numeric' : 'decimal') : undefined,
          autocomplete: 'off',
          spellcheck: 'false',
          'aria-describedby': described,
          value:
            typeof initial[f.key] === 'string'
              ? (initial[f.key] as string)
              : typeof f.default === 'number'
                ? f.kind === 'year'
                  ? String(f.default)
                  : f.kind === 'percent'
                    ? percentText(f.default)
                    : nf.format(f.default)
                : String(f.default),
        },
      });
    }
    if (reading) {
      const show = () => showReading(input.value, f, reading);
      input.addEventListener('change', show);
      input.addEventListener('blur', show);
    }
    inputs.push({ field: f, input, error, reading });
    const label = h('label', { text: f.label, attrs: { for: id } });
    return f.kind === 'checkbox'
      ? h('div', { class: 'field field-check' }, input, label, help, error)
      : h('div', { class: 'field' }, label, input, reading ?? null, help, error);
  });

  return {
    element: h('div', { class: 'form-fields' }, ...rows),
    snapshot() {
      const raw: RawValues = {};
      for (const { field, input } of inputs) raw[field.key] = field.kind === 'checkbox' ? (input as HTMLInputElement).checked : input.value;
      return raw;
    },
    read() {
      const values: Values = {};
      let firstBad: HTMLElement | undefined;
      for (const { field: f, input, error, reading } of inputs) {
        error.textContent = '';
        input.removeAttribute('aria-invalid');
        if (f.kind === 'checkbox') {
          values[f.key] = (input as HTMLInputElement).checked;
          continue;
        }
        if (f.kind === 'select' || f.kind === 'text') {
          values[f.key] = input.value.trim();
          continue;
        }
        const pctRead = f.kind === 'percent' ? readPercent(input.value, f.min, f.max) : undefined;
        if (reading) showReading(input.value, f, reading);
        const n = f.kind === 'percent' ? (pctRead ? pctRead.fraction * 100 : NaN) : parseDutchNumber(input.value);
        const unit = f.kind === 'percent' ? '%' : '';
        let msg = '';
        if (Number.isNaN(n))
          msg = f.kind === 'percent' ? 'Vul een percentage in, bijvoorbeeld 2,5 of 2,5% (of 0,025).' : 'Vul een getal in, bijvoorbeeld 2,5 of 1.000.000.';
        else if ((f.kind === 'year' || f.kind === 'integer') && !Number.isInteger(n)) msg = 'Vul een heel getal in.';
        else if (f.min !== undefined && n < f.min) msg = `Minimaal ${nf.format(f.min)}${unit}.`;
        else if (f.max !== undefined && n > f.max) msg = `Maximaal ${nf.format(f.max)}${unit}.`;
        if (msg) {
          error.textContent = msg;
          input.setAttribute('aria-invalid', 'true');
          firstBad ??= input;
          continue;
        }
        values[f.key] = f.kind === 'percent' ? pctRead!.fraction : n;
      }
      if (firstBad) {
        firstBad.focus();
        return { ok: false };
      }
      return { ok: true, values };
    },
  };
}

/** The line under a percent field: how the input was read ("= 2,5%"), with a note for a fraction. */
function showReading(raw: string, f: Field, out: HTMLElement): void {
  const r = readPercent(raw, f.min, f.max);
  out.textContent = !r || (raw.includes('%') && !r.note) ? '' : r.note ? `${r.shown} (${r.note})` : r.shown;
}
