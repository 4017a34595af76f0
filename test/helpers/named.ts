/** Call a GREX function with its arguments by parameter name, in the registry's order (as the formula writer writes them). */
import { call } from '../../src/functions/call';
import { findFunction } from '../../src/functions/registry';
import type { Result } from '../../src/functions/types';

export function callNamed(id: string, args: Record<string, unknown>): Result {
  const spec = findFunction(id);
  if (!spec) throw new Error(`onbekende functie ${id}`);
  for (const k of Object.keys(args)) if (!spec.params.some((p) => p.name === k)) throw new Error(`GREX.${id} heeft geen parameter ${k}`);
  const positional = spec.params.map((p) => args[p.name]);
  while (positional.length && positional[positional.length - 1] === undefined) positional.pop();
  return call(spec.id, ...positional);
}
