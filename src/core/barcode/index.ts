/** The Utrecht barcode, mixing options, milieuzonering and density (docs/methode/barcode.md). */
export * from './messages';
export * from './cells';
export * from './categories';
export * from './richtafstand';
export * from './density';
export * from './norms';
export * from './programme';
export * from './claim';
export * from './example-norms';
export * from './options';
export * from './combination';
export * from './landvalue';
export * from './mengopties';
