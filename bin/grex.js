#!/usr/bin/env node
'use strict';
let cli;
try {
  cli = require('../lib/cli/grex');
} catch (e) {
  process.stderr.write('grex: de Node-versie is nog niet gebouwd. Voer eerst "npm run build" (of "npm run build:node") uit.\n');
  process.exit(1);
}
const result = cli.main(process.argv.slice(2));
if (result && typeof result.then === 'function') {
  result.then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`Interne fout: ${e && e.message}\n`);
      process.exitCode = 2;
    },
  );
} else process.exitCode = result;
