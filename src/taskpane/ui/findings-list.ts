/** The list of findings the review and the own-workbook check show: badge, text and a jump to the cell. */
import { h, type Child } from './dom';

export interface FindingItem {
  /** The CSS modifier: "finding-<severity>". */
  severity: string;
  badge: string;
  text: string;
  jump: Child;
}

/** The findings as a list labelled by the heading with id `labelledBy`, or the paragraph `empty` when there are none. */
export function findingsList(labelledBy: string, items: FindingItem[], empty: string): HTMLElement {
  if (!items.length) return h('p', { text: empty });
  return h(
    'ul',
    { class: 'findings', attrs: { 'aria-labelledby': labelledBy } },
    ...items.map((f) =>
      h(
        'li',
        { class: `finding finding-${f.severity}` },
        h('span', { class: 'badge', text: f.badge }),
        h('span', { class: 'finding-text', text: f.text }),
        f.jump,
      ),
    ),
  );
}
