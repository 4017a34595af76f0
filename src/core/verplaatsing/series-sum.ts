/** Element-wise sum of yearly series over the union of their years. */
import { Dec, ZERO } from '../numeric';
import { YearlySeries } from '../series';

export function addSeries(...parts: readonly YearlySeries[]): YearlySeries {
  const present = parts.filter((p) => p.length > 0);
  if (present.length === 0) return new YearlySeries(parts[0]?.start ?? 1, []);
  const from = Math.min(...present.map((p) => p.start));
  const to = Math.max(...present.map((p) => p.end));
  const out: Dec[] = [];
  for (let y = from; y <= to; y++) {
    let s: Dec = ZERO;
    for (const p of present) s = s.plus(p.at(y));
    out.push(s);
  }
  return new YearlySeries(from, out);
}
