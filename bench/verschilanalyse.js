/**
 * Bench case for GREX.VERSCHILANALYSE: two vintages of 30 years × 40 cost and
 * 40 revenue posts that differ in all nine driver groups (2^9 = 512
 * roll-forwards per call), timed per call and as a ratio against one
 * GREX.RESULTAAT call on the same model, both measured in this run without
 * the memo. Called by bench/run.js; also runs on its own (after
 * `npm run build:node`): node bench/verschilanalyse.js
 */
'use strict';
const path = require('path');

function run({ call, findFunction, setMemo, timePerCall, fmt, out }) {
  if (!findFunction('VERSCHILANALYSE')) return out('   GREX.VERSCHILANALYSE: nog niet in het register');
  setMemo(false);
  let seed = 15;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const table = (scale) => Array.from({ length: 40 }, () => Array.from({ length: 30 }, () => Math.round(rand() * scale)));
  const kOud = table(5e5);
  const oOud = table(6e5);
  const kNieuw = table(5.2e5); // other volume and fasering
  const oNieuw = table(5.9e5);
  const pOud = [['startjaar', 2025], ['beginboekwaarde', 2e6], ['rente', 0.025], ['disconteringsvoet', 0.02], ['kostenindex', 0.03], ['opbrengstenindex', 0.02], ['prijspeiljaar', 2025]];
  const pNieuw = [['startjaar', 2026], ['beginboekwaarde', 2.4e6], ['rente', 0.028], ['disconteringsvoet', 0.021], ['kostenindex', 0.035], ['opbrengstenindex', 0.018], ['prijspeiljaar', 2026]];
  const rows = call('GREX.VERSCHILANALYSE', kOud, oOud, pOud, kNieuw, oNieuw, pNieuw);
  const changed = rows.slice(0, -1).filter((r) => r[1] !== 0).length;
  const tVa = timePerCall(() => call('GREX.VERSCHILANALYSE', kOud, oOud, pOud, kNieuw, oNieuw, pNieuw), { minMs: 2000, rounds: 3 });
  const tRes = timePerCall(() => call('GREX.RESULTAAT', 2e6, kOud, oOud, 0.025, 0.02, 2025, 0.03, 0.02), { minMs: 500, rounds: 3 });
  out(`   GREX.VERSCHILANALYSE, 2 × (30 jaar × 40 + 40 posten), ${changed} gewijzigde factoren (${2 ** changed} doorrekeningen): ${fmt(tVa)} per aanroep`);
  out(`      = ${(tVa / tRes).toFixed(0)}× één GREX.RESULTAAT op hetzelfde model (${fmt(tRes)}); doel: ruim onder een seconde`);
  return { tVa, tRes };
}

module.exports = { run };

if (require.main === module) {
  const lib = path.join(__dirname, '..', 'lib');
  const { call, findFunction } = require(path.join(lib, 'index.js'));
  const { setMemo } = require(path.join(lib, 'functions', 'invoke.js'));
  const timePerCall = (fn, { minMs = 300, rounds = 3 } = {}) => {
    fn();
    const res = [];
    for (let r = 0; r < rounds; r++) {
      let n = 0;
      const t0 = process.hrtime.bigint();
      let t1 = t0;
      while (Number(t1 - t0) < minMs * 1e6) { fn(); n++; t1 = process.hrtime.bigint(); }
      res.push(Number(t1 - t0) / n);
    }
    return res.sort((a, b) => a - b)[Math.floor(rounds / 2)];
  };
  const fmt = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : `${(ns / 1e3).toFixed(2)} µs`);
  run({ call, findFunction, setMemo, timePerCall, fmt, out: console.log });
}
