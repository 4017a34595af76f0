/**
 * Excel's custom-functions metadata (functions.json), generated from the
 * registry at build time. All parameters are declared `any` so that the
 * add-in, not Excel, rejects bad input — with a Dutch message naming the
 * parameter. Ranges (series, tables, tuples, records) are `matrix`, everything else `scalar`.
 */
import { REGISTRY } from './registry';
import type { FunctionSpec, ParamSpec } from './types';

export interface MetadataParameter {
  name: string;
  description: string;
  type: 'any';
  dimensionality: 'scalar' | 'matrix';
  optional?: boolean;
}

export interface MetadataFunction {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters: MetadataParameter[];
  result: { type: 'any'; dimensionality: 'scalar' | 'matrix' };
}

/** The parameter kinds Excel hands over as a range (2-D array). */
export const MATRIX_KINDS: ReadonlySet<ParamSpec['kind']> = new Set<ParamSpec['kind']>(['series', 'table', 'labelled', 'tuple', 'rows', 'record']);

export function isOptional(p: ParamSpec): boolean {
  return Boolean(p.optional) || ('default' in p && p.default !== undefined);
}

export function helpPath(spec: FunctionSpec): string {
  return `help/${spec.id}.html`;
}

export function functionMetadata(spec: FunctionSpec, baseUrl: string): MetadataFunction {
  return {
    id: spec.id,
    name: spec.id,
    description: spec.description,
    helpUrl: `${baseUrl.replace(/\/$/, '')}/${helpPath(spec)}`,
    parameters: spec.params.map((p) => ({
      name: p.name,
      description: p.description,
      type: 'any',
      dimensionality: MATRIX_KINDS.has(p.kind) ? 'matrix' : 'scalar',
      ...(isOptional(p) ? { optional: true } : {}),
    })),
    result: { type: 'any', dimensionality: spec.result.shape === 'scalar' ? 'scalar' : 'matrix' },
  };
}

export function buildMetadata(baseUrl: string): { functions: MetadataFunction[] } {
  return { functions: REGISTRY.map((s) => functionMetadata(s, baseUrl)) };
}
