/**
 * A builder's short form: labelled inputs with help and error text wired by
 * aria-describedby; values parsed the Dutch way (1.000.000,50 or 2,5).
 */
import type { Field, Values } from '../builders/types';
import { h, uid } from './dom';

/** "1.250.000,50" / "2,5" / "2.5" / "1 000" → number; NaN when not a number. */
export function parseDutchNumber(raw: string): number {
  let s = raw.replace(/[\s€%]/g, '');
  if (s === '') return NaN;
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  else if ((s.match(/\./g) ?? []).length > 1 || /^-?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : NaN;
}

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
  const inputs: { field: Field; input: HTMLInputElement | HTMLSelectElement; error: HTMLElement }[] = [];
  const rows = fields.map((f) => {
    const id = uid(`f-${f.key}`);
    const errId = `${id}-fout`;
    const helpId = `${id}-hulp`;
    const error = h('p', { id: errId, class: 'field-error', attrs: { 'aria-live': 'polite' } });
    const help = f.help ? h('p', { id: helpId, class: 'field-help', text: f.help }) : null;
    const described = [f.help ? helpId : '', errId].filter(Boolean).join(' ');
    let input: HTMLInputElement | HTMLSelectElement;
    if (f.kind === 'select') {
      const chosen = initial[f.key] ?? f.default;
      input = h('select', { id, attrs: { name: f.key, 'aria-describedby': described } }, ...(f.options ?? []).map((o) => h('option', { text: o.label, attrs: { value: o.value, selected: o.value === chosen } })));
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
          value: typeof initial[f.key] === 'string' ? (initial[f.key] as string) : typeof f.default === 'number' ? (f.kind === 'year' ? String(f.default) : nf.format(f.default)) : String(f.default),
        },
      });
    }
    inputs.push({ field: f, input, error });
    const label = h('label', { text: f.label, attrs: { for: id } });
    return f.kind === 'checkbox'
      ? h('div', { class: 'field field-check' }, input, label, help, error)
      : h('div', { class: 'field' }, label, input, help, error);
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
      for (const { field: f, input, error } of inputs) {
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
        const n = parseDutchNumber(input.value);
        let msg = '';
        if (Number.isNaN(n)) msg = 'Vul een getal in, bijvoorbeeld 2,5 of 1.000.000.';
        else if ((f.kind === 'year' || f.kind === 'integer') && !Number.isInteger(n)) msg = 'Vul een heel getal in.';
        else if (f.min !== undefined && n < f.min) msg = `Minimaal ${nf.format(f.min)}.`;
        else if (f.max !== undefined && n > f.max) msg = `Maximaal ${nf.format(f.max)}.`;
        if (msg) {
          error.textContent = msg;
          input.setAttribute('aria-invalid', 'true');
          firstBad ??= input;
          continue;
        }
        values[f.key] = f.kind === 'percent' ? n / 100 : n;
      }
      if (firstBad) {
        firstBad.focus();
        return { ok: false };
      }
      return { ok: true, values };
    },
  };
}
