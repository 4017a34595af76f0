/** The offline manifest check of `npm run validate` (scripts/validate-manifest.js). */
import * as fs from 'fs';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest } = require('../../scripts/validate-manifest.js');
const ROOT = path.join(__dirname, '..', '..');
const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

test('manifest.xml passes the offline check', () => {
  expect(validateManifest(manifest)).toEqual([]);
});

test('declares CustomFunctionsRuntime 1.3 (CustomFunctions.Error with a message)', () => {
  expect(manifest).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1\.3"\/>/);
});

test('a production build without GREX_PROD_URL gets the placeholder host, which the check refuses', () => {
  const env = { ...process.env };
  delete process.env.GREX_PROD_URL;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const addin = require('../../config/addin.js');
    expect(addin.prodUrlSet).toBe(false);
    expect(addin.prodUrl).toBe(addin.PLACEHOLDER_URL);
    const built = manifest.split('https://localhost:3000/').join(addin.prodUrl).split('https://localhost:3000').join(new URL(addin.prodUrl).origin);
    expect(validateManifest(built).join('\n')).toMatch(/GREX_PROD_URL/);
  });
  process.env.GREX_PROD_URL = 'https://grex.gemeente.nl/addin';
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const addin = require('../../config/addin.js');
    expect(addin.prodUrl).toBe('https://grex.gemeente.nl/addin/');
    const built = manifest.split('https://localhost:3000/').join(addin.prodUrl).split('https://localhost:3000').join(new URL(addin.prodUrl).origin);
    expect(validateManifest(built)).toEqual([]);
  });
  process.env = env;
});

test('asks for ReadWriteDocument, namespace GREX, Dutch default locale', () => {
  expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
  expect(manifest).toContain('<bt:String id="Functions.Namespace" DefaultValue="GREX"/>');
  expect(manifest).toContain('<DefaultLocale>nl-NL</DefaultLocale>');
});

test.each([
  ['not well-formed', (m: string) => m.replace('</OfficeApp>', ''), /niet goed gevormd/],
  ['more permission', (m: string) => m.replace('ReadWriteDocument', 'ReadWriteMailbox'), /Permissions vraagt meer/],
  ['resid without resource', (m: string) => m.replace('<bt:String id="GetStarted.Title" DefaultValue="GREX is geladen"/>', ''), /resid "GetStarted.Title"/],
  [
    'unused resource',
    (m: string) => m.replace('<bt:ShortStrings>', '<bt:ShortStrings><bt:String id="Ongebruikt" DefaultValue="x"/>'),
    /"Ongebruikt" is gedefinieerd maar wordt nergens gebruikt/,
  ],
  ['http URL', (m: string) => m.replace('https://localhost:3000/functions.js', 'http://localhost:3000/functions.js'), /niet https/],
  ['missing icon file', (m: string) => m.replace('icon-80.png', 'icon-81.png'), /pictogram ontbreekt/],
  ['namespace too long', (m: string) => m.replace('DefaultValue="GREX"/>', 'DefaultValue="GREXGREXGREXGREXGREXGREXGREXGREXG"/>'), /hoogstens 32/],
  ['bad GUID', (m: string) => m.replace(/<Id>[^<]+<\/Id>/, '<Id>grex</Id>'), /geen GUID/],
  [
    'placeholder production host',
    (m: string) => m.split('https://localhost:3000').join('https://grex.example.org'),
    /voorbeeldhost https:\/\/grex\.example\.org.*GREX_PROD_URL=/,
  ],
  ['old custom-functions runtime', (m: string) => m.replace('MinVersion="1.3"', 'MinVersion="1.1"'), /CustomFunctionsRuntime 1\.1 is te oud/],
  ['duplicate resource', (m: string) => m.replace('<bt:ShortStrings>', '<bt:ShortStrings><bt:String id="GrexGroup.Label" DefaultValue="x"/>'), /dubbel/],
])('%s is reported', (_what, mutate, message) => {
  const errors: string[] = validateManifest(mutate(manifest));
  expect(errors.join('\n')).toMatch(message);
});
