/**
 * Plausibility bounds on every rate, index, share and percentage: a value of
 * 100× the plausible maximum (a percentage typed as a whole number) is
 * refused with what was probably meant; GREX.BBV.TOETS reports it instead.
 */
import { formatPercent } from '../../src/core';
import { parseFormula } from '../../src/cli/parser';
import { excelError } from '../helpers/cases';
import { tryCall } from '../../src/functions/call';
import { REGISTRY } from '../../src/functions/registry';
import { implausibleReason } from '../../src/functions/plausible';
import type { ParamSpec } from '../../src/functions/types';

// banengroei is a number of jobs, not a rate
const RATE_LIKE = /index|indexatie|(?<!banen)groei|rente|voet|percentage|pct|btw|korting|kansen|zekerheid|^bar$/;
const isRateLike = (p: ParamSpec) => p.kind === 'rate' || (p.kind === 'series' && RATE_LIKE.test(p.name));

const params = REGISTRY.flatMap((s) => s.params.filter(isRateLike).map((p) => [s.id, p.name, s, p] as const));

describe('bounds as data in the registry', () => {
  test('there are rate-like parameters', () => expect(params.length).toBeGreaterThan(40));
  test.each(params)('%s.%s has a plausible range', (_id, _name, _s, p) => {
    expect('plausible' in p && p.plausible?.max).toBeDefined();
    // the normaliser checks series elements only when the series has bounds
    if (p.kind === 'series') expect(p.min !== undefined || p.max !== undefined).toBe(true);
  });
});

describe('100× the plausible maximum is refused with the hint', () => {
  test.each(params)('%s.%s', (id, name, spec, p) => {
    const max = (p as { plausible: { max: number } }).plausible.max;
    const example = spec.help.examples![0];
    const args: unknown[] = [...parseFormula(example.formula).args];
    const i = spec.params.indexOf(p);
    while (args.length <= i) args.push(undefined);
    args[i] = p.kind === 'series' ? [[100 * max]] : 100 * max;
    const out = tryCall(`GREX.${id}`, ...args);
    const hint =
      `${formatPercent(100 * max)} is niet aannemelijk; bedoelt u ${formatPercent(max)}? Typ ${formatPercent(max)} of ` + `${String(max).replace('.', ',')}`;
    if ((p as { plausible: { flag?: boolean } }).plausible.flag) {
      expect(out.ok).toBe(true);
      if (out.ok) expect((out.value as string[][]).map((r) => r[0])).toContain(`${name} ${hint}.`);
    } else {
      expect(out.ok).toBe(false);
      if (!out.ok) {
        expect(out.error.code).toBe('#VALUE!');
        expect(out.error.message).toContain(`GREX.${id}: ${name}`);
        expect(out.error.message).toContain(hint);
      }
    }
  });
});

describe('the messages', () => {
  test('canonpercentage 3 → "bedoelt u 3%?"', () => {
    expect(excelError('ERFPACHT.CANON', 500000, 3)).toEqual({
      code: '#VALUE!',
      message: 'GREX.ERFPACHT.CANON: canonpercentage 300% is niet aannemelijk; bedoelt u 3%? Typ 3% of 0,03 (ontvangen: 3)',
    });
  });
  test('btw 21 and a rente of 2,5', () => {
    expect(excelError('GRONDQUOTE', 50000, 300000, 21).message).toBe(
      'GREX.GRONDQUOTE: btw 2100% is niet aannemelijk; bedoelt u 21%? Typ 21% of 0,21 (ontvangen: 21)',
    );
    expect(excelError('NCW', 2.5, [100, 200]).message).toBe(
      'GREX.NCW: disconteringsvoet 250% is niet aannemelijk; bedoelt u 2,5%? Typ 2,5% of 0,025 (ontvangen: 2,5)',
    );
    expect(excelError('BOEKWAARDE', 0, [100], [0], 2.5).message).toContain('rente 250% is niet aannemelijk; bedoelt u 2,5%?');
  });
  test('a series element names its position', () => {
    expect(excelError('INDEXEER', [100, 100], [0.02, 3]).message).toBe(
      'GREX.INDEXEER: index (positie 2) 300% is niet aannemelijk; bedoelt u 3%? Typ 3% of 0,03 (ontvangen: 3)',
    );
  });
  test('GREX.BBV.TOETS flags an implausible rente and still runs its checks', () => {
    const out = tryCall('GREX.BBV.TOETS', 2025, 2030, 0.02, 2.5);
    expect(out).toEqual({ ok: true, value: [['rente 250% is niet aannemelijk; bedoelt u 2,5%? Typ 2,5% of 0,025.']] });
  });
  test('plausible values pass; just outside without a 100× reading gets a plain reason', () => {
    expect(implausibleReason(0.045, { min: -0.05, max: 0.25 })).toBeUndefined();
    expect(implausibleReason(0.3, { max: 0.25 })).toBe('30% is niet aannemelijk (verwacht hoogstens 25%); een percentage is een fractie: 2% = 0,02');
    expect(implausibleReason(-2, { min: -0.05, max: 0.25 })).toBe('-200% is niet aannemelijk; bedoelt u -2%? Typ -2% of -0,02');
  });
});
