/**
 * A plan's validation rule as an Excel data-validation rule. Excel's own
 * operators are used where they say exactly the same (between, greater than,
 * at least, …); a rule with one exclusive and one inclusive bound, or no
 * bound at all, becomes a custom formula on the range's top-left cell, so the
 * cell admits exactly what the rule admits.
 */
import type { NumberRule, ValidationRule } from './plan';

type Operator = 'Between' | 'GreaterThan' | 'GreaterThanOrEqualTo' | 'LessThan' | 'LessThanOrEqualTo';

function numberRule(rule: NumberRule, topLeft: string): Excel.DataValidationRule {
  const { min, max, minExclusive, maxExclusive } = rule;
  const basic = (operator: Operator, formula1: number, formula2?: number): Excel.DataValidationRule => {
    const r = formula2 === undefined ? { formula1, operator } : { formula1, formula2, operator };
    return rule.type === 'whole' ? { wholeNumber: r } : { decimal: r };
  };
  if (min !== undefined && max !== undefined && !minExclusive && !maxExclusive) return basic('Between', min, max);
  if (min !== undefined && max === undefined) return basic(minExclusive ? 'GreaterThan' : 'GreaterThanOrEqualTo', min);
  if (max !== undefined && min === undefined) return basic(maxExclusive ? 'LessThan' : 'LessThanOrEqualTo', max);
  const terms = [`ISNUMBER(${topLeft})`];
  if (rule.type === 'whole') terms.push(`${topLeft}=INT(${topLeft})`);
  if (min !== undefined) terms.push(`${topLeft}${minExclusive ? '>' : '>='}${min}`);
  if (max !== undefined) terms.push(`${topLeft}${maxExclusive ? '<' : '<='}${max}`);
  return { custom: { formula: `=AND(${terms.join(',')})` } };
}

/** `topLeft` is the relative A1 address of the range's first cell ("B4"). */
export function excelRule(rule: ValidationRule, topLeft: string): Excel.DataValidationRule {
  if (rule.type === 'list') return { list: { inCellDropDown: true, source: rule.values.join(',') } };
  return numberRule(rule, topLeft);
}
