/**
 * Regenerates the sources table under each method document in docs/methode/
 * from the source catalogue (between <!-- bronnen:begin --> and
 * <!-- bronnen:end -->). Run `npm run build:node` first; test/docs/methode.test.ts checks it.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { METHODE_FILE, withMethodeSources } = require('../lib/functions/methode');

for (const file of new Set(Object.values(METHODE_FILE))) {
  const p = path.join(__dirname, '..', 'docs', 'methode', `${file}.md`);
  const text = fs.readFileSync(p, 'utf8');
  const next = withMethodeSources(text, file);
  if (next !== text) fs.writeFileSync(p, next);
  console.log(`docs/methode/${file}.md: ${next === text ? 'al actueel' : 'bronnen bijgewerkt'}.`);
}
