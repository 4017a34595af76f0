#!/usr/bin/env node
'use strict';
let cli;
try {
  cli = require('../lib/cli/grex');
} catch (e) {
  process.stderr.write('grex: de Node-versie is nog niet gebouwd. Voer eerst "npm run build" (of "npm run build:node") uit.\n');
  process.exit(1);
}
process.exitCode = cli.main(process.argv.slice(2));
