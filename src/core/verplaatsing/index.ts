/** Business relocation and onrendabele top (docs/methode/verplaatsing.md). */
export * from './posts';
export * from './messages';
export * from './schadeloosstelling';
export * from './deskundigenkosten';
export * from './nadeelcompensatie';
export * from './onrendabele-top';
export * from './waterfall';
export * from './canon-series';
export * from './revolving-fund';
export * from './businesscase';
