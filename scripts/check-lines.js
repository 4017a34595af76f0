#!/usr/bin/env node
/**
 * House style: no source line over 160 characters (src/, test/, scripts/,
 * bench/). Prettier keeps code within that width; long texts are joined
 * pieces. The one exception is a line that holds nothing but a web address
 * (a URL cannot be split without breaking it). Run by `npm run lint`.
 */
const fs = require('fs');
const path = require('path');

const LIMIT = 160;
const ROOT = path.resolve(__dirname, '..');
const DIRS = ['src', 'test', 'scripts', 'bench'];
const URL_ONLY = /^\s*(?:[A-Za-z_]+: )?['"`]?https?:\/\/\S+['"`]?,?\s*$/;

function* files(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && e.name !== 'fixtures') yield* files(p);
    } else if (/\.(ts|js)$/.test(e.name)) yield p;
  }
}

const long = [];
for (const d of DIRS) {
  const dir = path.join(ROOT, d);
  if (!fs.existsSync(dir)) continue;
  for (const f of files(dir)) {
    fs.readFileSync(f, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (line.length > LIMIT && !URL_ONLY.test(line)) long.push(`${path.relative(ROOT, f)}:${i + 1} (${line.length} tekens)`);
      });
  }
}
if (long.length) {
  console.error(
    `Regels langer dan ${LIMIT} tekens (${long.length}); splits de tekst in delen of laat Prettier de code afbreken:\n ` +
      ` ${long.slice(0, 50).join('\n  ')}${long.length > 50 ? '\n  …' : ''}`,
  );
  process.exit(1);
}
console.log(`Regellengte in orde: geen regel langer dan ${LIMIT} tekens.`);
