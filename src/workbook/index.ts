/**
 * The workbook layer: a read model of any workbook and the review of a
 * hand-built grondexploitatie on it (recognition, reconciliation with the
 * core, formula checks). Above src/core, below the task pane and the CLI; no
 * Office, no file system.
 */
export * from './model';
export * from './address';
export * from './formula';
export * from './labels';
export * from './mapping';
export * from './names';
export * from './extract';
export * from './reconcile';
export * from './checks';
export * from './report';
