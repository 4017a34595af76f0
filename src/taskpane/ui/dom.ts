/**
 * Building DOM without HTML strings: every text goes in through
 * textContent / text nodes, so workbook content (sheet names, formulas,
 * BBV findings) can never become markup. The task pane must not use
 * innerHTML, outerHTML, insertAdjacentHTML or document.write (a test
 * checks the sources).
 */

export type Child = Node | string | null | undefined | false;

export interface Props {
  id?: string;
  class?: string;
  text?: string;
  /** Attributes (aria-*, role, type, for, …); `false`/undefined leaves them out. */
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (e: HTMLElementEventMap[K]) => void }>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.id) el.id = props.id;
  if (props.class) el.className = props.class;
  if (props.text !== undefined) el.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const [k, fn] of Object.entries(props.on ?? {})) el.addEventListener(k, fn as EventListener);
  append(el, ...children);
  return el;
}

export function append(el: Element, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

let counter = 0;
/** A unique id for label/aria wiring. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

export function button(
  label: string,
  onClick: () => void,
  kind: 'primary' | 'secondary' | 'subtle' = 'secondary',
  attrs: Props['attrs'] = {},
): HTMLButtonElement {
  return h('button', { class: `btn btn-${kind}`, text: label, attrs: { type: 'button', ...attrs }, on: { click: () => onClick() } });
}
