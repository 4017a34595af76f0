/**
 * A webpack loader for decimal.js in the functions bundle only: it shortens
 * the library's two built-in constants, ln(10) and π, from 1,025 digits to
 * KEEP digits. Together they are about 2 KiB of random digits, roughly 900
 * bytes of the gzipped bundle that Excel loads.
 *
 * Why that is safe: decimal.js reads those strings only to compute ln/log/
 * exp/pow with a non-integer exponent (ln 10) and the trigonometric
 * functions (π), each to the working precision (the precision plus a few
 * guard digits); it derives its precision limits from the strings' length
 * (LN10_PRECISION, PI_PRECISION) and throws "Precision limit exceeded"
 * beyond them rather than answer wrongly. GREX computes with 34 significant
 * digits (src/core/numeric.ts), so 120 digits leave a wide margin;
 * test/hosts/decimal-constants.test.ts shows that the shortened library
 * gives the same digits as the original on GREX's operations, and that a
 * precision close to the limit still works.
 *
 * A decimal.js release that spells the constants differently makes the
 * build fail here, not silently keep or lose them.
 */
'use strict';

const KEEP = 120;
const CONSTANTS = [
  { name: 'LN10', pattern: /(LN10 = ')(2\.\d+)(')/ },
  { name: 'PI', pattern: /(PI = ')(3\.\d+)(')/ },
];

/** The source with both constants shortened to `keep` digits after the point. */
function shorten(source, keep = KEEP) {
  let out = source;
  for (const c of CONSTANTS) {
    const m = c.pattern.exec(out);
    if (!m || m[2].length < keep + 2) throw new Error(`decimal-constants-loader: de constante ${c.name} is niet gevonden in decimal.js`);
    out = out.replace(c.pattern, (_, a, digits, b) => a + digits.slice(0, keep + 2) + b);
  }
  return out;
}

module.exports = function decimalConstantsLoader(source) {
  return shorten(String(source));
};
module.exports.shorten = shorten;
module.exports.KEEP = KEEP;
