/** A parameter cell's rule, format and hint come from the registry spec; several readers give the intersection. */
import { admits, formatOf, hintOf, ruleForParams, ruleOf } from '../../src/taskpane/sheet/param-cell';
import { excelRule } from '../../src/taskpane/excel/validation';
import { findFunction } from '../../src/functions/registry';
import type { ParamSpec } from '../../src/functions/types';

const param = (fn: string, name: string): ParamSpec => findFunction(fn)!.params.find((p) => p.name === name)!;

test('a rate without bounds admits more than -100%, like the normaliser', () => {
  const r = ruleOf({ name: 'x', kind: 'rate', description: '' })!;
  expect(r).toEqual({ type: 'decimal', min: -1, minExclusive: true });
  expect([admits(r, -1), admits(r, -0.999), admits(r, 5)]).toEqual([false, true, true]);
  expect(excelRule(r, 'B4')).toEqual({ decimal: { formula1: -1, operator: 'GreaterThan' } });
  expect(formatOf(param('RESULTAAT', 'rente'))).toBe('pct');
});

test('a rate with a plausible range the function refuses outside: the cell admits that range only', () => {
  // GREX.RESULTAAT refuses a rente of 2,5 (250%) with "bedoelt u 2,5%?"; the cell does not accept it either
  const r = ruleOf(param('RESULTAAT', 'rente'))!;
  expect(r).toEqual({ type: 'decimal', min: -0.05, max: 0.25 });
  expect([admits(r, -0.06), admits(r, 0.025), admits(r, 2.5)]).toEqual([false, true, false]);
  // a range the function only reports (GREX.BBV.TOETS lists it as a finding) does not bound the cell
  expect(ruleOf(param('BBV.TOETS', 'rente'))).toEqual({ type: 'decimal', min: -1, minExclusive: true });
});

test('erfpacht canonpercentage refuses below 0%, as GREX.ERFPACHT.CANON does', () => {
  const r = ruleForParams([param('ERFPACHT.CANON', 'canonpercentage'), param('ERFPACHT.VERGELIJK', 'canonpercentage')])!;
  expect(admits(r, -0.01)).toBe(false);
  expect(admits(r, 0)).toBe(true);
});

test('the intersection takes the tighter bound, and exclusive wins on a tie', () => {
  const fsi = param('FSI', 'terreinoppervlak'); // > 0
  const mo = param('MENGOPTIES', 'beschikbaar_oppervlak');
  const r = ruleForParams([mo, fsi])!;
  expect(admits(r, 0)).toBe(false);
  expect(admits(r, 1)).toBe(true);
  const years = ruleForParams([param('BBV.TOETS', 'startjaar'), param('RESULTAAT', 'startjaar')])!;
  expect(years).toEqual({ type: 'whole', min: 1900, max: 2200 });
  expect(excelRule(years, 'B4')).toEqual({ wholeNumber: { formula1: 1900, formula2: 2200, operator: 'Between' } });
});

test('one exclusive and one inclusive bound, or none, become a custom formula on the top-left cell', () => {
  expect(excelRule({ type: 'decimal', min: 0, minExclusive: true, max: 1 }, 'C7')).toEqual({ custom: { formula: '=AND(ISNUMBER(C7),C7>0,C7<=1)' } });
  expect(excelRule({ type: 'decimal' }, 'C7')).toEqual({ custom: { formula: '=AND(ISNUMBER(C7))' } });
  expect(excelRule({ type: 'whole' }, 'C7')).toEqual({ custom: { formula: '=AND(ISNUMBER(C7),C7=INT(C7))' } });
});

test('an enum becomes a list; a cell that feeds a list and a number is a programming error', () => {
  expect(ruleOf(param('RESIDUELEGRONDWAARDE', 'ak_grondslag'))).toEqual({ type: 'list', values: ['VON', 'STICHTINGSKOSTEN', 'INCLGROND'] });
  expect(() => ruleForParams([param('RESIDUELEGRONDWAARDE', 'ak_grondslag'), param('RESULTAAT', 'rente')])).toThrow(/keuzelijst/);
});

test('the hint is the parameter description, after a product note, within 255 characters', () => {
  const p = param('RESULTAAT', 'rente');
  expect(hintOf(p)).toBe(p.description);
  expect(hintOf(p, 'BBV: 2%.')).toBe(`BBV: 2%. ${p.description}`);
  expect(hintOf({ ...p, description: 'x'.repeat(400) }).length).toBe(255);
});
