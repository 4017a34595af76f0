/**
 * The confirm step every pane view shows before it writes: a group labelled by
 * its title, the facts of what will happen, and the two choices; Escape
 * cancels.
 */
import { button, clear, h } from './dom';

/** "Annuleren": empties the confirm box, says that nothing happened and, if given, returns focus to `focusId`. */
export function cancelButton(box: HTMLElement, status: { info(text: string): void }, message: string, focusId?: string): HTMLButtonElement {
  return button(
    'Annuleren',
    () => {
      clear(box);
      status.info(message);
      if (focusId) document.getElementById(focusId)?.focus();
    },
    'secondary',
  );
}

/** The group: `title` (with an id) labels it, then `facts`, then the actions yes | cancel. */
export function confirmGroup(title: HTMLElement, facts: HTMLElement, yes: HTMLButtonElement, cancel: HTMLButtonElement): HTMLDivElement {
  return h(
    'div',
    {
      class: 'confirm',
      attrs: { role: 'group', 'aria-labelledby': title.id },
      on: {
        keydown: (e) => {
          if (e.key === 'Escape') cancel.click();
        },
      },
    },
    title,
    facts,
    h('div', { class: 'actions' }, yes, cancel),
  );
}
