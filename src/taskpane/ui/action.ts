/** Runs one user action with progress, cancellation and Dutch error reporting. */
import { toDutchError } from '../excel/errors';
import type { Job } from '../state/job';
import type { StatusArea } from './status';

let busy = false;

export function isBusy(): boolean {
  return busy;
}

/** Run `fn` unless another action is running; errors end up in the status area in Dutch. */
export async function runAction<T>(status: StatusArea, total: number, label: string, fn: (job: Job) => Promise<T>): Promise<T | undefined> {
  if (busy) {
    status.info('Even geduld: GREX is nog bezig met de vorige opdracht.');
    return undefined;
  }
  busy = true;
  document.body.setAttribute('aria-busy', 'true');
  const job = status.startJob(total, label);
  try {
    return await fn(job);
  } catch (e) {
    status.error(toDutchError(e));
    status.info(job.isCancelled ? 'Geannuleerd.' : 'Niet gelukt.');
    return undefined;
  } finally {
    status.endJob();
    busy = false;
    document.body.removeAttribute('aria-busy');
  }
}
