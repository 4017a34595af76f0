/** The calculation core: pure TypeScript and decimal.js; no Office, no DOM. */
export * from './numeric';
export * from './errors';
export * from './messages';
export * from './series';
export * from './index-curve';
export * from './index-curve-float';
export * from './timing';
export * from './discount';
export * from './irr';
export * from './sources';
