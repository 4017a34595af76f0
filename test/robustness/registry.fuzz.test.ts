/** `npm run fuzz`: the property of registry.property.test.ts for GREX_FUZZ_RUNS (default 1,000,000) calls per function. */
import { REGISTRY } from '../../src/functions/registry';
import { checkRegistry } from './arbitraries';

const RUNS = Number(process.env.GREX_FUZZ_RUNS || 1_000_000);
const SEED = Number(process.env.GREX_FUZZ_SEED || Date.now() % 2 ** 31);

test.each(REGISTRY.map((s) => [s.id, s] as const))(`GREX.%s: ${RUNS} generated calls (seed ${SEED})`, (_id, spec) => {
  checkRegistry([spec], RUNS, SEED);
});
