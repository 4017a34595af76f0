/**
 * Headless LibreOffice Calc for cross-checks: write a flat ODS with formulas,
 * let Calc recalculate and convert it to CSV, read the values back. Each run
 * uses its own temporary profile and folder.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const SOFFICE = process.env.SOFFICE_PATH || '/usr/bin/soffice';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
export const numCell = (x: number) => `<table:table-cell office:value-type="float" office:value="${x}"/>`;
export const formulaCell = (f: string) => `<table:table-cell table:formula="${esc('of:=' + f)}" office:value-type="float" office:value="0"/>`;

/** Column letters for a 1-based index. */
export function col(i: number): string {
  let s = '';
  for (let n = i; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A flat ODS document with one sheet of the given rows (each a string of cells). */
export function flatOds(rows: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2"
office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="GREX">
${rows.map((r) => `<table:table-row>${r}</table:table-row>`).join('\n')}
</table:table></office:spreadsheet></office:body></office:document>`;
}

/** Recalculate the document in Calc and return its first sheet as CSV cells (full precision, en-US). */
export function runCalc(xml: string): string[][] {
  if (!fs.existsSync(SOFFICE)) throw new Error(`LibreOffice ontbreekt (${SOFFICE}): installeer het Debian-pakket libreoffice-calc-nogui.`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grex-lo-'));
  try {
    const src = path.join(dir, 'crosscheck.fods');
    fs.writeFileSync(src, xml);
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--norestore',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false',
        '--outdir',
        dir,
        src,
      ],
      { stdio: 'pipe', timeout: 120000 },
    );
    return fs
      .readFileSync(path.join(dir, 'crosscheck.csv'), 'utf8')
      .split('\n')
      .map((l) => l.split(','));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
