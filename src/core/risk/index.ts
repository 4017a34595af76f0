/** Risk reserve by Monte Carlo simulation over a risk register (docs/methode/risico.md). */
export * from './prng';
export * from './register';
export * from './weerstand';
export * from './messages';
