/** Shared by the own-workbook tests: the committed fixtures and their manifest. */
import * as path from 'path';
import * as fs from 'fs';

export const FIXTURES = path.join(__dirname, 'fixtures');

export interface FixtureSpec {
  name: string;
  file: string;
  sheet: string;
  first_year: number;
  last_year: number;
  cells: { eindwaarde: string; ncw: string };
  conventions: {
    index_offset: 0 | 0.5 | 1;
    frozen_after: number | null;
    interest_on_negative: boolean | null;
    ncw_basis: 'eindwaarde' | 'kasstromen';
    discount_offset: number;
    sign: 'positive-is-profit' | 'negative-is-profit';
  };
  rules: string[];
  reproduces: boolean;
  divergence: string | null;
  layout: { params: string; totals: string; title: boolean; hiddenHelper: boolean; labels: string };
}

export const MANIFEST: FixtureSpec[] = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'manifest.json'), 'utf8'));
export const fixture = (name: string) => path.join(FIXTURES, name + '.xlsx');

/** The conventions of a spec in the JSON contract's names. */
export function expectedConventions(s: FixtureSpec) {
  const c = s.conventions;
  return {
    ncw_basis: c.ncw_basis,
    discount_offset: c.discount_offset,
    interest_on_negative: c.interest_on_negative,
    index_offset: c.index_offset,
    revenue_index_frozen_after: c.frozen_after,
    sign: c.sign,
  };
}
