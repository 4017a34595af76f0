/**
 * The package's Node entry: the same functions outside Excel, in Excel's en-US formula syntax.
 *   evaluate('=GREX.NCW(0.02,{100,200,300},2025)')
 *   call('GREX.NCW', 0.02, [100, 200, 300], 2025)
 */
export { evaluate, tryEvaluate, formatResult } from './cli/evaluate';
export { FormulaSyntaxError, parseFormula } from './cli/parser';
export { call, tryCall, GrexCallError } from './functions/call';
export { REGISTRY, findFunction, signature } from './functions/registry';
export type { FunctionSpec, Result } from './functions/types';
