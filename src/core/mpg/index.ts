/** The Meerjarenprognose Grondbedrijf: verschilanalyse, presentation, weerstandsratio. Method: docs/methode/mpg.md. */
export * from './evaluate';
export * from './shapley';
export * from './vintage';
export * from './verschilanalyse';
export * from './presentatie';
export * from './weerstandsratio';
export * from './messages';
