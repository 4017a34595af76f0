/** Grondexploitatie under the BBV rules (REFERENCE §1; DECISIONS §2–§3 "Grondexploitatie (BBV)"). */
export * from './boekwaarde';
export * from './resultaat';
export * from './rentepercentage';
export * from './poc';
export * from './voorziening';
export * from './toets';
export * from './messages';
export * from './rollforward-float';
