/**
 * Bench case for GREX.VERSCHILANALYSE: two vintages of 30 years × 40 cost and
 * 40 revenue posts that differ in all nine driver groups (2^9 = 512
 * evaluations per call), as a ratio against one GREX.RESULTAAT call on the
 * same model, both measured in this run without the memo. Called by
 * bench/run.js; also runs on its own (after `npm run build:node`):
 * node bench/verschilanalyse.js
 */
'use strict';
const path = require('path');
const { timePerCall, fmt, ratio, lcg } = require('./harness');

function run({ tryCall, findFunction, setMemo, out }) {
  if (!findFunction('VERSCHILANALYSE')) return out('   GREX.VERSCHILANALYSE: nog niet in het register');
  setMemo(false);
  const rand = lcg(15);
  const table = (scale) => Array.from({ length: 40 }, () => Array.from({ length: 30 }, () => Math.round(rand() * scale)));
  const kOud = table(5e5);
  const oOud = table(6e5);
  const kNieuw = table(5.2e5); // other volume and fasering
  const oNieuw = table(5.9e5);
  const pOud = [
    ['startjaar', 2025],
    ['beginboekwaarde', 2e6],
    ['rente', 0.025],
    ['disconteringsvoet', 0.02],
    ['kostenindex', 0.03],
    ['opbrengstenindex', 0.02],
    ['prijspeiljaar', 2025],
  ];
  const pNieuw = [
    ['startjaar', 2026],
    ['beginboekwaarde', 2.4e6],
    ['rente', 0.028],
    ['disconteringsvoet', 0.021],
    ['kostenindex', 0.035],
    ['opbrengstenindex', 0.018],
    ['prijspeiljaar', 2026],
  ];
  const va = () => {
    const r = tryCall('GREX.VERSCHILANALYSE', kOud, oOud, pOud, kNieuw, oNieuw, pNieuw);
    if (!r.ok) throw new Error(`GREX.VERSCHILANALYSE: ${r.error.message}`);
    return r.value;
  };
  const changed = va()
    .slice(0, -1)
    .filter((r) => r[1] !== 0).length;
  const tVa = timePerCall(va, 4);
  const tRes = timePerCall(() => tryCall('GREX.RESULTAAT', 2e6, kOud, oOud, 0.025, 0.02, 2025, 0.03, 0.02));
  out(
    `   GREX.VERSCHILANALYSE, 2 × (30 jaar × 40 + 40 posten), ${changed} gewijzigde factoren (${2 ** changed} doorrekeningen): ` +
      `${ratio(tVa, tRes)} één GREX.RESULTAAT op hetzelfde model (${fmt(tVa)} tegen ${fmt(tRes)}; doel: ruim onder een ` +
      `seconde)`,
  );
  return { tVa, tRes };
}

module.exports = { run };

if (require.main === module) {
  const lib = path.join(__dirname, '..', 'lib');
  const { tryCall, findFunction } = require(path.join(lib, 'index.js'));
  const { setMemo } = require(path.join(lib, 'functions', 'invoke.js'));
  run({ tryCall, findFunction, setMemo, out: console.log });
}
