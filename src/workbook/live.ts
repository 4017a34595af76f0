/**
 * Live Excel expressions on the analyst's own cells, for sheets that
 * recompute a mapped grondexploitatie: the sum of the post rows, each post
 * with the sign the extraction reads it with (a post entered as negative
 * amounts counts by its size), per year column or as one row of per-year
 * sums (array arithmetic of equal-shaped rows, which a custom function
 * accepts where it cannot take a union).
 */
import { RangeRef, rangeText } from './address';
import { Workbook, findSheet, numberAt } from './model';

/** The sign a post row is read with: −1 when its amounts add up to less than 0. */
export function postSign(values: readonly (number | undefined)[]): 1 | -1 {
  return values.reduce<number>((a, x) => a + (x ?? 0), 0) < 0 ? -1 : 1;
}

/** The sign of every post row of a workbook, as extract() reads them. */
export function postSignsOf(wb: Workbook, posts: readonly RangeRef[]): (1 | -1)[] {
  return posts.map((p) => {
    const s = findSheet(wb, p.sheet);
    const v: (number | undefined)[] = [];
    for (let k = p.col; k < p.col + p.cols; k++) v.push(s ? numberAt(s, p.row, k) : undefined);
    return postSign(v);
  });
}

/**
 * The signed sum of the post rows: in one year column `col` ("A!C8+A!C9-A!C10"),
 * or, without `col`, the whole rows ("A!$C$8:$J$8+A!$C$9:$J$9"). Undefined without posts.
 */
export function postSum(posts: readonly RangeRef[], signs: readonly number[], col?: number): string | undefined {
  if (posts.length === 0) return undefined;
  const text = (p: RangeRef) => (col === undefined ? rangeText({ ...p, rows: 1 }, true) : rangeText({ ...p, rows: 1, col, cols: 1 }, false));
  const s = posts.map((p, i) => `${signs[i] < 0 ? '-' : '+'}${text(p)}`).join('');
  return s.startsWith('+') ? s.slice(1) : s;
}
