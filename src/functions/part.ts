/**
 * One value inside a composite argument (a position of a tuple, a cell of a
 * rows table), normalised as its own spec. A message then names where the
 * value sits instead of the spec's own name: "fonds (positie 3, looptijd)
 * moet …", "gebieden (rij 2, kolom 6) mag hoogstens 100% zijn". The label is
 * built only when a check fails; a spec's `rule` replaces the generic phrase.
 */
import { GrexError, invalid } from '../core';
import { isBlank } from './blank';
import type { ParamSpec } from './types';
import type { Normalised } from './normalise';

export function normalisePart(
  raw: unknown,
  spec: ParamSpec,
  one: (raw: unknown, spec: ParamSpec) => Normalised,
  where: () => string,
  param: string,
): Normalised {
  try {
    return one(raw, spec);
  } catch (e) {
    if (!(e instanceof GrexError)) throw e;
    const at = where();
    if (spec.rule && !isBlank(raw)) throw invalid(at, spec.rule, raw);
    // the normaliser's message starts with the spec's name (invalid(name, …)): put the place there instead
    const detail = e.detail.startsWith(spec.name) ? at + e.detail.slice(spec.name.length) : `${at}: ${e.detail}`;
    throw new GrexError(e.kind, detail, param);
  }
}
