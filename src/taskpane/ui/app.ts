/**
 * The task pane: a header, three tabs (Modellen, Controle, Raadsversie)
 * operable by keyboard (arrow keys, Home/End, Enter/Space), and the status
 * area shared by all three: sticky under the tabs, announced to screen
 * readers, and cleared when the user changes tab.
 */
import type { ExcelRun } from '../excel/host';
import { BuilderView } from './builder-view';
import { h } from './dom';
import { RaadsversieView } from './raadsversie-view';
import { ReviewView } from './review-view';
import { StatusArea } from './status';

interface Tab {
  id: string;
  label: string;
  view: { root: HTMLElement };
}

export function mountApp(root: HTMLElement, run: ExcelRun): void {
  const status = new StatusArea();
  const tabs: Tab[] = [
    { id: 'modellen', label: 'Modellen', view: new BuilderView(run, status) },
    { id: 'controle', label: 'Controle', view: new ReviewView(run, status) },
    { id: 'raad', label: 'Raadsversie', view: new RaadsversieView(run, status) },
  ];
  const buttons = tabs.map((t, i) =>
    h('button', {
      id: `tab-${t.id}`,
      class: 'tab',
      text: t.label,
      attrs: { type: 'button', role: 'tab', 'aria-selected': i === 0 ? 'true' : 'false', 'aria-controls': `panel-${t.id}`, tabindex: i === 0 ? 0 : -1 },
    }),
  );
  const panels = tabs.map((t, i) =>
    h('section', { id: `panel-${t.id}`, class: 'panel', attrs: { role: 'tabpanel', 'aria-labelledby': `tab-${t.id}`, hidden: i !== 0 } }, t.view.root),
  );
  const select = (i: number, focus: boolean) => {
    if (buttons[i].getAttribute('aria-selected') !== 'true') status.clearAll();
    buttons.forEach((b, j) => {
      b.setAttribute('aria-selected', j === i ? 'true' : 'false');
      b.tabIndex = j === i ? 0 : -1;
      panels[j].hidden = j !== i;
    });
    if (focus) buttons[i].focus();
  };
  buttons.forEach((b, i) => {
    b.addEventListener('click', () => select(i, false));
    b.addEventListener('keydown', (e) => {
      const n = buttons.length;
      const to = e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i - 1 + n) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
      if (to >= 0) {
        e.preventDefault();
        select(to, true);
      }
    });
  });
  const tablist = h('div', { class: 'tabs', attrs: { role: 'tablist', 'aria-label': 'Onderdelen' } }, ...buttons);
  const header = h(
    'header',
    { class: 'app-header' },
    h('h1', { text: 'GREX' }),
    h('p', { class: 'tagline', text: 'Grondexploitatie, grondwaarde, kostenverhaal, verplaatsing, erfpacht, barcode en ruimte voor economie' }),
  );
  root.textContent = '';
  root.append(header, tablist, status.root, ...panels);
}
