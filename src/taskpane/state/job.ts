/**
 * A long action's state: progress (step of steps, with a Dutch label) and
 * cancellation. Actions call `job.step(label)` between Excel batches; a
 * cancelled job throws Cancelled at the next step.
 */
import { Cancelled } from '../excel/host';

export interface Progress {
  done: number;
  total: number;
  label: string;
}

export class Job {
  private cancelled = false;
  private done = 0;
  constructor(
    private total: number,
    private onProgress: (p: Progress) => void = () => undefined,
  ) {}

  get isCancelled(): boolean {
    return this.cancelled;
  }

  cancel(): void {
    this.cancelled = true;
  }

  /** Throws Cancelled when the user cancelled. */
  check(): void {
    if (this.cancelled) throw new Cancelled();
  }

  setTotal(total: number): void {
    this.total = Math.max(total, this.done);
  }

  /** Start the next step: check for cancellation, then report progress. */
  step(label: string): void {
    this.check();
    this.onProgress({ done: this.done, total: this.total, label });
    this.done++;
  }

  finish(label: string): void {
    this.done = this.total;
    this.onProgress({ done: this.total, total: this.total, label });
  }
}

/** A job nobody watches (for calls without a UI). */
export const silentJob = (): Job => new Job(1);
