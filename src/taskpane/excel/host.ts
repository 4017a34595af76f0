/**
 * How the task pane reaches Excel: one function with Excel.run's shape, so
 * that the tests can hand in a fake object model instead.
 */
export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The real host (only called inside Office, after Office.onReady). */
export const officeRun: ExcelRun = (batch) => Excel.run(batch);

/** Thrown when the user cancels a long action between two steps. */
export class Cancelled extends Error {
  constructor() {
    super('Geannuleerd');
    this.name = 'Cancelled';
  }
}

/** A refusal with a Dutch message for the user (nothing was written). */
export class Refusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Refusal';
  }
}
