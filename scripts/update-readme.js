/**
 * Regenerates the function table in README.md from the registry
 * (between <!-- functies:begin --> and <!-- functies:end -->).
 * Run `npm run build:node` first; test/functions/readme.test.ts checks it.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { renderFunctionTable } = require('../lib/functions/help');

const file = path.join(__dirname, '..', 'README.md');
const text = fs.readFileSync(file, 'utf8');
const next = text.replace(/(<!-- functies:begin -->\n)[\s\S]*?(\n<!-- functies:end -->)/, `$1${renderFunctionTable()}$2`);
if (next === text) console.log('README.md: functietabel was al actueel.');
else {
  fs.writeFileSync(file, next);
  console.log('README.md: functietabel bijgewerkt.');
}
