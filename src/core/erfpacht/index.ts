/** Erfpacht: canon, indexation, afkoopsom, NCW against sale, the yearly schedule, the erfpachter's view (docs/methode/erfpacht.md). */
export * from './messages';
export * from './rounding';
export * from './canon';
export * from './annuity';
export * from './ncw';
export * from './schedule';
export * from './payback';
export * from './ratio-power';
