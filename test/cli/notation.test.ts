/**
 * Dutch Excel notation: the converter and printer against the parser, on
 * every help example, and `grex eval` reading either notation.
 */
import { main } from '../../src/cli/grex';
import { evaluate, interpret } from '../../src/cli/evaluate';
import { parseFormula, printFormula, FormulaSyntaxError } from '../../src/cli/parser';
import { REGISTRY } from '../../src/functions/registry';
import { convertFormula, dutchErrorName, formatNumberNl, guessNotation, toDutchFormula, toEnglishFormula } from '../../src/functions/notation';

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const NCW = 100 / 1.02 + 200 / 1.02 ** 2 + 300 / 1.02 ** 3; // 572.9696722979849

describe('en-US → Dutch Excel notation', () => {
  test.each([
    ['=GREX.NCW(0.02,{100,200,300},2025)', '=GREX.NCW(0,02;{100\\200\\300};2025)'],
    ['=GREX.NCW(0.02,{100;200;300},2025,,"midden")', '=GREX.NCW(0,02;{100;200;300};2025;;"midden")'],
    ['=GREX.X({"wonen",75;"groen",1.5},TRUE,FALSE)', '=GREX.X({"wonen"\\75;"groen"\\1,5};WAAR;ONWAAR)'],
    ['=GREX.X("a, b; c.5",-1.5e3,.5)', '=GREX.X("a, b; c.5";-1,5e3;,5)'],
    ["=GREX.NCW(GE_disconteringsvoet,'Blad 1, kosten'!B4:F4,Blad2!A1)", "=GREX.NCW(GE_disconteringsvoet;'Blad 1, kosten'!B4:F4;Blad2!A1)"],
    ['=IFERROR(GREX.NCW(0.02,A1:C1),#N/A)', '=IFERROR(GREX.NCW(0,02;A1:C1);#N/B)'],
  ])('%s', (en, nl) => {
    expect(toDutchFormula(en)).toBe(nl);
    expect(toEnglishFormula(nl)).toBe(en);
  });

  test('error values in Dutch Excel words', () => {
    expect(['#VALUE!', '#NUM!', '#NAME?', '#N/A'].map(dutchErrorName)).toEqual(['#WAARDE!', '#GETAL!', '#NAAM?', '#N/B']);
  });

  test('a result as a person reads it', () => {
    expect(formatNumberNl(NCW)).toBe('572,97');
    expect(formatNumberNl(1234567.891)).toBe('1.234.567,89');
    expect(formatNumberNl(0.0239)).toBe('0,0239');
    expect(formatNumberNl(-0.5)).toBe('-0,5');
  });
});

const examples = REGISTRY.flatMap((s) => (s.help.examples ?? []).map((x) => [s.id, x.formula] as const));

describe('round trip Dutch ↔ en-US on every help example', () => {
  test('there are examples to check', () => expect(examples.length).toBeGreaterThan(38));
  test.each(examples)('%s: %s', (_id, en) => {
    const parsed = parseFormula(en, 'en-US');
    const nl = toDutchFormula(en);
    expect(parseFormula(nl, 'nl')).toEqual(parsed);
    expect(toEnglishFormula(nl)).toBe(en);
    expect(parseFormula(printFormula(parsed, 'nl'), 'nl')).toEqual(parsed);
    expect(parseFormula(printFormula(parsed, 'en-US'), 'en-US')).toEqual(parsed);
    expect(guessNotation(nl).notation === 'nl' || nl === en || guessNotation(nl).ambiguous).toBe(true);
    expect(convertFormula(convertFormula(en, 'en-US', 'nl'), 'nl', 'en-US')).toBe(en);
  });
  test.each(examples)('%s: the Dutch form evaluates to the same value', (_id, en) => {
    expect(interpret(toDutchFormula(en)).outcome).toEqual(interpret(en).outcome);
  });
});

describe('grex eval reads Dutch notation', () => {
  test('the formula as Dutch Excel shows it', () => {
    expect(evaluate('=GREX.NCW(0,02;{100;200;300};2025)')).toBeCloseTo(NCW, 11);
    const r = run(['eval', '=GREX.NCW(0,02;{100;200;300};2025)']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toBe(String(evaluate('=GREX.NCW(0.02,{100;200;300},2025)')).replace('.', ','));
  });
  test('a row in Dutch is {a\\b\\c}, a column {a;b;c}', () => {
    expect(parseFormula('=GREX.X({1\\2\\3})', 'nl').args).toEqual([[[1, 2, 3]]]);
    expect(parseFormula('=GREX.X({1;2;3})', 'nl').args).toEqual([[[1], [2], [3]]]);
    expect(parseFormula('=GREX.X({1,5\\2;3\\4})', 'nl').args).toEqual([
      [
        [1.5, 2],
        [3, 4],
      ],
    ]);
    expect(parseFormula('=GREX.X(WAAR;onwaar)', 'nl').args).toEqual([true, false]);
  });
  test('Dutch booleans and results print the Dutch way', () => {
    const r = run(['eval', '=GREX.INDEXEER({100;100};0,05;2025)']);
    expect(r.out).toBe('100\n105');
  });
  test('the old trap: a decimal comma with "," between arguments says what happened', () => {
    const r = run(['eval', '=GREX.NCW(0,02,{100;200;300},2025)']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('"0,02" telt in en-US-notatie als twee argumenten (0 en 2)');
    expect(r.err).toContain('gebruik de Nederlandse notatie met ";"');
  });
  test('ambiguous: read as en-US when that works, and said so when Dutch would differ', () => {
    const r = run(['eval', '=GREX.VERLIESVOORZIENING(-1,5)']);
    // en-US: two arguments (too many); Dutch: −1,5 → a loss provision of 1,5
    expect(r.code).toBe(0);
    expect(r.out).toBe('1,5');
    expect(r.err).toMatch(/^Let op: Gelezen in Nederlandse notatie/);
    const forced = run(['eval', '--notatie=en', '=GREX.VERLIESVOORZIENING(-1,5)']);
    expect(forced.code).toBe(2);
    expect(forced.err).toMatch(/^#WAARDE! \(#VALUE!\) GREX.VERLIESVOORZIENING: te veel argumenten/);
  });
  test('mixed notation is refused with both forms named', () => {
    expect(() => evaluate('=GREX.NCW(0.02;{1})')).toThrow(FormulaSyntaxError);
    expect(() => evaluate('=GREX.NCW(0.02;{1})')).toThrow(/mengt twee notaties/);
  });
  test('Dutch syntax errors speak of ";"', () => {
    expect(() => parseFormula('=GREX.NCW(0,02;{1\\2}', 'nl')).toThrow(/sluitend haakje/);
    expect(() => parseFormula('=GREX.NCW(0,02;{1.2})', 'nl')).toThrow(/"\\" \(volgende kolom\)/);
    expect(() => parseFormula('=GREX.NCW(TRUE;{1})', 'nl')).toThrow(/schrijf hier WAAR/);
  });
});
