/** Grondexploitatie under the BBV rules (docs/methode/tijdwaarde-bbv.md). */
export * from './boekwaarde';
export * from './resultaat';
export * from './rentepercentage';
export * from './poc';
export * from './voorziening';
export * from './toets';
export * from './messages';
export * from './rollforward-float';
