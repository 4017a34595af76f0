/**
 * The status area: a polite live region for progress and results, an alert
 * region for errors (with what to do next), and a progress bar with a
 * cancel button for long actions.
 */
import type { DutchError } from '../excel/errors';
import { Job, Progress } from '../state/job';
import { append, button, clear, h } from './dom';

export class StatusArea {
  readonly root: HTMLElement;
  private message: HTMLElement;
  private alert: HTMLElement;
  private progressBox: HTMLElement;
  private bar: HTMLProgressElement;
  private progressLabel: HTMLElement;
  private cancelButton: HTMLButtonElement;
  private job: Job | undefined;

  constructor() {
    this.message = h('div', { id: 'status', class: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
    this.alert = h('div', { id: 'alert', class: 'alert', attrs: { role: 'alert' } });
    this.progressLabel = h('span', { id: 'progress-label', class: 'progress-label' });
    this.bar = h('progress', { id: 'progress', attrs: { max: 1, value: 0, 'aria-labelledby': 'progress-label' } });
    this.cancelButton = button('Annuleren', () => this.cancel(), 'secondary', { id: 'cancel' });
    this.progressBox = h('div', { class: 'progress hidden' }, this.progressLabel, this.bar, this.cancelButton);
    // Sticky at the top of the pane: visible next to whatever the user is doing, also at 320 px.
    this.root = h('section', { class: 'status-area', attrs: { 'aria-label': 'Status' } }, this.progressBox, this.message, this.alert);
  }

  /** A plain message; an error shown in the alert region stays until the next action. */
  info(text: string): void {
    this.message.className = 'status';
    this.message.textContent = text;
  }

  success(text: string, extra: string[] = []): void {
    this.clearAlert();
    clear(this.message);
    this.message.className = 'status status-success';
    append(this.message, h('p', { text }), ...extra.map((e) => h('p', { class: 'status-extra', text: e })));
  }

  error(e: DutchError): void {
    clear(this.alert);
    this.alert.className = 'alert alert-error';
    append(this.alert, h('p', { class: 'alert-title', text: e.message }), e.action ? h('p', { text: e.action }) : null);
  }

  /** Leave nothing stale behind when the user goes to another tab or back (no running job is touched). */
  clearAll(): void {
    this.clearAlert();
    if (this.job) return;
    clear(this.message);
    this.message.className = 'status';
  }

  clearAlert(): void {
    clear(this.alert);
    this.alert.className = 'alert';
  }

  /** Show progress for a new job; the cancel button cancels it. */
  startJob(total: number, firstLabel: string): Job {
    this.clearAlert();
    this.job = new Job(total, (p) => this.progress(p));
    this.progressBox.classList.remove('hidden');
    this.cancelButton.disabled = false;
    this.progress({ done: 0, total, label: firstLabel });
    return this.job;
  }

  private progress(p: Progress): void {
    this.bar.max = Math.max(1, p.total);
    this.bar.value = p.done;
    this.progressLabel.textContent = p.label;
    this.message.className = 'status';
    this.message.textContent = `${p.label} (${Math.min(p.done + 1, p.total)} van ${p.total})`;
  }

  private cancel(): void {
    if (!this.job) return;
    this.job.cancel();
    this.cancelButton.disabled = true;
    this.message.textContent = 'Annuleren… de lopende stap wordt nog afgemaakt.';
  }

  endJob(): void {
    this.job = undefined;
    this.progressBox.classList.add('hidden');
  }
}
