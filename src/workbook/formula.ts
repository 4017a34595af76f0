/**
 * A small tokenizer for the native formulas of a workbook (A1 form, English
 * function names, "," as separator): what the checks need to see, not an
 * evaluator. It finds references (with sheet and external workbook), function
 * calls, number literals and error literals, and derives the relative form of
 * a formula (the R1C1 idea: a reference as an offset from the cell), so that
 * two formulas along a row can be compared.
 */
import { columnIndex } from './address';

export type Token =
  | { kind: 'ref'; text: string; sheet?: string; external?: string; r1: number; c1: number; r2: number; c2: number; abs: [boolean, boolean, boolean, boolean] }
  | { kind: 'func'; name: string; text: string }
  | { kind: 'number'; value: number; percent: boolean; text: string }
  | { kind: 'error'; text: string }
  | { kind: 'string'; text: string }
  | { kind: 'name'; text: string }
  | { kind: 'other'; text: string };

const SHEET = String.raw`(?:(?:'(?:[^']|'')+'|\[[^\]]+\][A-Za-z0-9_.]*|[A-Za-z_][A-Za-z0-9_.]*)!)`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const PATTERN = new RegExp(
  [
    String.raw`("(?:[^"]|"")*")`, // 1 string
    String.raw`(${SHEET}?${CELL}(?::${CELL})?)(?![A-Za-z0-9_(])`, // 2 reference
    String.raw`(#(?:REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!))`, // 3 error literal
    String.raw`([A-Za-z_][A-Za-z0-9_.]*)\s*\(`, // 4 function
    String.raw`(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)(%?)`, // 5,6 number
    String.raw`(\[[^\]]*\][A-Za-z0-9_.!$:]*|[A-Za-z_][A-Za-z0-9_.]*)`, // 7 name or stray external
    String.raw`(\s+|.)`, // 8 other
  ].join('|'),
  'gy',
);

function parseCell(s: string): [number, number, boolean, boolean] {
  const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(s)!;
  return [Number(m[4]) - 1, columnIndex(m[2]), m[3] === '$', m[1] === '$'];
}

export function tokenize(formula: string): Token[] {
  const out: Token[] = [];
  const f = formula.replace(/^=/, '');
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (PATTERN.lastIndex < f.length && (m = PATTERN.exec(f))) {
    if (m[1]) out.push({ kind: 'string', text: m[1] });
    else if (m[2]) {
      const text = m[2];
      const bang = text.lastIndexOf('!');
      let sheet: string | undefined;
      let external: string | undefined;
      let body = text;
      if (bang >= 0) {
        let s = text.slice(0, bang);
        body = text.slice(bang + 1);
        if (s.startsWith("'")) s = s.slice(1, -1).replace(/''/g, "'");
        const ext = /^\[([^\]]+)\](.*)$/.exec(s);
        if (ext) {
          external = ext[1];
          s = ext[2];
        }
        sheet = s;
      }
      const [a, b] = body.split(':');
      const p = parseCell(a);
      const q = parseCell(b ?? a);
      out.push({ kind: 'ref', text, sheet, external, r1: p[0], c1: p[1], r2: q[0], c2: q[1], abs: [p[2], p[3], q[2], q[3]] });
    } else if (m[3]) out.push({ kind: 'error', text: m[3] });
    else if (m[4]) {
      out.push({ kind: 'func', name: m[4].toUpperCase().replace(/^_XLFN\./, ''), text: m[0] });
    } else if (m[5]) out.push({ kind: 'number', value: Number(m[5]) / (m[6] ? 100 : 1), percent: m[6] === '%', text: m[0] });
    else if (m[7])
      out.push(
        m[7].startsWith('[')
          ? { kind: 'ref', text: m[7], external: m[7].slice(1, m[7].indexOf(']')), r1: 0, c1: 0, r2: 0, c2: 0, abs: [true, true, true, true] }
          : { kind: 'name', text: m[7] },
      );
    else out.push({ kind: 'other', text: m[8] ?? m[0] });
  }
  return out;
}

/**
 * The formula with every reference written relative to (row, col), e.g.
 * "C17*C$9" in D17 → "R[0]C[-1]*R9C[-1]": equal strings mean "the same formula"
 * along a row, as Excel's R1C1 view shows it.
 */
export function relativeForm(formula: string, row: number, col: number): string {
  return tokenize(formula)
    .map((t) => {
      if (t.kind !== 'ref' || (t.external !== undefined && t.text.startsWith('[') && !t.text.includes('!'))) return t.kind === 'other' ? t.text.trim() : t.text;
      const one = (r: number, c: number, absR: boolean, absC: boolean) => `R${absR ? r + 1 : `[${r - row}]`}C${absC ? c + 1 : `[${c - col}]`}`;
      const prefix = t.sheet !== undefined ? `${t.external ? `[${t.external}]` : ''}${t.sheet}!` : '';
      const first = one(t.r1, t.c1, t.abs[0], t.abs[1]);
      return prefix + (t.r1 === t.r2 && t.c1 === t.c2 && !t.text.includes(':') ? first : `${first}:${one(t.r2, t.c2, t.abs[2], t.abs[3])}`);
    })
    .join('');
}

/** The function names a formula calls, upper case. */
export function functionsIn(formula: string): string[] {
  return tokenize(formula).flatMap((t) => (t.kind === 'func' ? [t.name] : []));
}
