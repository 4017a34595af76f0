/**
 * `npm run validate`: an offline check of manifest.xml, then Microsoft's
 * online validation in addition when it is reachable.
 * Offline: well-formed XML; a GUID Id and a four-part Version; every resid
 * used is defined and every defined resource is used; ids unique; every URL
 * https and well-formed; the custom-functions Namespace ≤ 32 characters
 * (letters and digits); every icon URL points to a file in assets/; display
 * texts within Office's lengths; Permissions no more than ReadWriteDocument;
 * CustomFunctionsRuntime 1.3 or newer (CustomFunctions.Error with a message);
 * no URL on a placeholder host (a production build without GREX_PROD_URL).
 * Exit 1 on any offline error; the online step never fails the command when
 * the service cannot be reached.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { XMLParser, XMLValidator } = require('fast-xml-parser');

const ROOT = path.join(__dirname, '..');
/** Hosts reserved for examples (RFC 2606/6761): a manifest pointing there can never load. */
const PLACEHOLDER_HOST = /(^|\.)(example\.(org|com|net)|example|invalid|test)$/i;

function validateManifest(xml, { assetsDir = path.join(ROOT, 'assets') } = {}) {
  const errors = [];
  const ok = XMLValidator.validate(xml);
  if (ok !== true) return [`XML is niet goed gevormd: ${ok.err.msg} (regel ${ok.err.line})`];
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    isArray: (_name, _jpath, _leaf, isAttribute) => !isAttribute,
  }).parse(xml);
  const app = doc.OfficeApp && doc.OfficeApp[0];
  if (!app) return ['het hoofdelement OfficeApp ontbreekt'];
  const text = (node) => (node && node[0] !== undefined ? (typeof node[0] === 'object' ? node[0]['#text'] : node[0]) : undefined);
  const attr = (node, a) => node && node[0] && node[0][`@${a}`];

  const id = text(app.Id);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(String(id))) errors.push(`Id is geen GUID: ${id}`);
  if (!/^\d+(\.\d+){0,3}$/.test(String(text(app.Version)))) errors.push(`Version moet vier getallen zijn, bijv. 1.0.0.0: ${text(app.Version)}`);
  const perm = text(app.Permissions);
  const allowed = ['Restricted', 'ReadDocument', 'ReadWriteDocument'];
  if (!allowed.includes(perm)) errors.push(`Permissions vraagt meer dan ReadWriteDocument: ${perm}`);
  const dn = attr(app.DisplayName, 'DefaultValue') || '';
  if (!dn || dn.length > 125) errors.push('DisplayName ontbreekt of is langer dan 125 tekens');
  const desc = attr(app.Description, 'DefaultValue') || '';
  if (!desc || desc.length > 250) errors.push('Description ontbreekt of is langer dan 250 tekens');

  // Collect every DefaultValue URL and every resid / id in the document.
  const urls = [];
  const used = [];
  const defined = new Map();
  (function walk(node, pathName) {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, pathName));
    if (node === null || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === '@resid') used.push(v);
      if (k === '@DefaultValue' && /^(https?:)?\/\//i.test(v)) urls.push({ where: pathName, url: v });
      if (k.startsWith('@')) continue;
      if (['Image', 'Url', 'String'].includes(k) && /Images|Urls|ShortStrings|LongStrings/.test(pathName)) {
        for (const item of v) {
          const rid = item['@id'];
          if (defined.has(rid)) errors.push(`resource-id dubbel gedefinieerd: ${rid}`);
          defined.set(rid, { kind: pathName.split('/').pop(), value: item['@DefaultValue'] });
        }
      }
      walk(v, `${pathName}/${k}`);
    }
  })(app, 'OfficeApp');
  for (const r of used) if (!defined.has(r)) errors.push(`resid "${r}" wordt gebruikt maar niet gedefinieerd in Resources`);
  for (const r of defined.keys()) if (!used.includes(r)) errors.push(`resource "${r}" is gedefinieerd maar wordt nergens gebruikt`);
  for (const [rid, d] of defined) {
    if (d.kind === 'ShortStrings' && String(d.value).length > 125) errors.push(`ShortString ${rid} is langer dan 125 tekens`);
    if (d.kind === 'LongStrings' && String(d.value).length > 250) errors.push(`LongString ${rid} is langer dan 250 tekens`);
  }
  for (const { where, url } of urls) {
    let u;
    try {
      u = new URL(url);
    } catch {
      errors.push(`ongeldige URL in ${where}: ${url}`);
      continue;
    }
    if (u.protocol !== 'https:') errors.push(`URL is niet https in ${where}: ${url}`);
    if (/icon-\d+\.png$/.test(u.pathname)) {
      const file = path.join(assetsDir, path.basename(u.pathname));
      if (!fs.existsSync(file)) errors.push(`pictogram ontbreekt: ${path.relative(ROOT, file)} (voor ${url})`);
    }
  }
  const placeholder = urls.find(({ url }) => {
    try {
      return PLACEHOLDER_HOST.test(new URL(url).hostname);
    } catch {
      return false;
    }
  });
  if (placeholder) {
    errors.push(
      `het manifest wijst naar de voorbeeldhost ${new URL(placeholder.url).origin}: bouw opnieuw met het echte adres, ` +
        'GREX_PROD_URL=https://<uw-server>/<pad>/ npm run build (de HTTPS-map waar dist/ komt te staan)',
    );
  }
  const cfr = (app.Requirements?.[0]?.Sets?.[0]?.Set ?? []).find((s) => s['@Name'] === 'CustomFunctionsRuntime');
  const cfrVersion = cfr ? String(cfr['@MinVersion'] ?? app.Requirements[0].Sets[0]['@DefaultMinVersion'] ?? '1.1') : undefined;
  if (!cfrVersion) errors.push('Requirements noemt CustomFunctionsRuntime niet');
  else if (Number(cfrVersion.split('.')[1] ?? 0) < 3 && Number(cfrVersion.split('.')[0]) <= 1) {
    errors.push(`CustomFunctionsRuntime ${cfrVersion} is te oud: GREX geeft foutmeldingen via CustomFunctions.Error met tekst, dat vraagt 1.3`);
  }
  const ns = [...defined].find(([rid]) => rid === 'Functions.Namespace');
  const nsValue = ns ? String(ns[1].value) : '';
  if (!nsValue) errors.push('de namespace van de aangepaste functies (Functions.Namespace) ontbreekt');
  else if (nsValue.length > 32 || !/^[A-Za-z0-9]+$/.test(nsValue)) errors.push(`namespace "${nsValue}" moet uit hoogstens 32 letters of cijfers bestaan`);
  for (const size of [16, 32, 80]) {
    if (![...defined.values()].some((d) => d.kind === 'Images' && String(d.value).endsWith(`icon-${size}.png`)))
      errors.push(`geen pictogram van ${size} px in Resources`);
  }
  return errors;
}

function onlineValidation(file) {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const r = spawnSync(npx, ['--no-install', 'office-addin-manifest', 'validate', file], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
  const out = `${r.stdout || ''}${r.stderr || ''}`;
  if (r.status === 0) return { reached: true, ok: true, out };
  if (/ENOTFOUND|ECONNREFUSED|EAI_AGAIN|ETIMEDOUT|network|fetch failed|getaddrinfo|Unable to contact/i.test(out) || r.error || r.signal) {
    return { reached: false, ok: false, out };
  }
  return { reached: true, ok: false, out };
}

if (require.main === module) {
  const file = process.argv[2] || path.join(ROOT, 'manifest.xml');
  const errors = validateManifest(fs.readFileSync(file, 'utf8'));
  if (errors.length) {
    console.error(`Manifest ${path.relative(ROOT, file)}: ${errors.length} fout(en) bij de lokale controle:`);
    for (const e of errors) console.error(`  - ${e}`);
    process.exit(1);
  }
  console.log(`Manifest ${path.relative(ROOT, file)}: lokale controle geslaagd.`);
  if (process.env.GREX_OFFLINE === '1') {
    console.log('Online validatie overgeslagen (GREX_OFFLINE=1).');
  } else {
    const online = onlineValidation(file);
    if (!online.reached) console.log('Online validatie van Microsoft overgeslagen: de dienst is niet bereikbaar.');
    else if (online.ok) console.log('Online validatie van Microsoft geslaagd.');
    else {
      console.error('Online validatie van Microsoft meldt fouten:\n' + online.out);
      process.exit(1);
    }
  }
}

module.exports = { validateManifest };
