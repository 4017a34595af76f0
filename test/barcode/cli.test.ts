/** `grex eval` runs every new function (Excel's en-US syntax). */
import { evaluate } from '../../src/cli/evaluate';
import { GrexCallError } from '../../src/functions/call';
import { REGISTRY } from '../../src/functions/registry';

describe('grex eval', () => {
  test('GREX.BARCODE with array constants', () => {
    // 1.000 × 60 + 400 × 25 + 1.000 × 75 = 145.000
    const r = evaluate('=GREX.BARCODE({"woning",1000;"baan",400},{"Wonen","woning",60;"Werken","baan",25;"Groen","woning",75})') as unknown[][];
    expect(r.map((x) => x[1])).toEqual([60000, 10000, 75000, 145000]);
  });
  test('GREX.MENGOPTIES with options, land values and an omitted argument', () => {
    const f =
      '=GREX.MENGOPTIES({"woning",1000;"baan",400},{"Wonen","woning",60,"wonen",4,"";"Werken","baan",25,"werken",2,"A"},80000,' +
      '{"Hoger","stapelen","Wonen",2,"","";"Plint","mengen","Werken",0.5,"",FALSE},{"Werken",100})';
    const r = evaluate(f) as unknown[][];
    // base 70.000; Hoger: 30.000 + 10.000 = 40.000; Plint: 60.000 + 5.000; best 30.000 + 5.000 = 35.000
    expect(r.map((x) => x[4])).toEqual([70000, 40000, 65000, 35000]);
    // land value: Werken € 100 per m²: 10.000 × 100 = 1.000.000; with the plinth 500.000
    expect(r.map((x) => x[8])).toEqual([1000000, 1000000, 500000, 500000]);
    const noOptions = evaluate('=GREX.MENGOPTIES({"woning",1000},{"Wonen","woning",60},50000,,)') as unknown[][];
    expect(noOptions[0][4]).toBe(60000);
    expect(noOptions[0][5]).toBe('nee');
  });
  test('GREX.RICHTAFSTAND, GREX.FMI, GREX.FSI, GREX.MXI', () => {
    expect(evaluate('=GREX.RICHTAFSTAND("4.1")')).toBe(200);
    expect(evaluate('=GREX.RICHTAFSTAND(5.3,"GEMENGD")')).toBe(700);
    expect(evaluate('=GREX.FMI(2000,3000)')).toBe(40);
    expect(evaluate('=GREX.FSI(150000,100000)')).toBe(1.5);
    expect(evaluate('=GREX.MXI(80000,100000)')).toBe(0.8);
  });
  test('bad input arrives as an Excel error with the Dutch message', () => {
    expect(() => evaluate('=GREX.BARCODE({"kantoor",10},{"Wonen","woning",60})')).toThrow(GrexCallError);
    try {
      evaluate('=GREX.BARCODE({"kantoor",10},{"Wonen","woning",60})');
    } catch (e) {
      expect((e as GrexCallError).code).toBe('#VALUE!');
      expect((e as GrexCallError).message).toContain('programma (rij 1): eenheid komt in geen enkele norm voor');
    }
  });
});

describe('the help examples state what the functions return beyond the first cell', () => {
  test('GREX.MENGOPTIES example: 145.000 → 115.000 | 140.000 → best 110.000, room for work 15.000', () => {
    // Explanation in the help: Hoger bouwen 60.000/2 = 30.000 (saves 30.000); Plint 0,5 × 10.000 (saves 5.000);
    // both: 30.000 + 5.000 + 75.000 = 110.000 ≤ 120.000; room for work 120.000 − (110.000 − 5.000) = 15.000.
    const spec = REGISTRY.find((s) => s.id === 'MENGOPTIES')!;
    const r = evaluate(spec.help.examples![0].formula) as unknown[][];
    expect(r.map((x) => x[4])).toEqual([145000, 115000, 140000, 110000]);
    expect(r.map((x) => x[3])).toEqual([0, 30000, 5000, 35000]);
    expect(r[3][5]).toBe('ja');
    expect(r[3][7]).toBe(15000);
  });
  test('GREX.BARCODE example: 60.000, 10.000, 75.000, total 145.000', () => {
    const spec = REGISTRY.find((s) => s.id === 'BARCODE')!;
    const r = evaluate(spec.help.examples![0].formula) as unknown[][];
    expect(r.map((x) => x[1])).toEqual([60000, 10000, 75000, 145000]);
  });
});
