/**
 * Citations: a registry entry cites a catalogue source (src/core/sources.ts)
 * by id with what it takes from it. The tag and the address come from the
 * catalogue; a citation may only weaken the tag (a page that verifies one
 * claim but not another).
 */
import { isNoStrongerThan, sourceOf, type SourceId, type VerificationTag } from '../core/sources';
import type { Source } from './types';

export function cite(id: SourceId, label: string, tag?: VerificationTag): Source {
  const s = sourceOf(id);
  if (tag && !isNoStrongerThan(tag, s.tag)) throw new Error(`cite(${id}): [${tag}] is sterker dan de bron [${s.tag}]`);
  return { id, label, tag: tag ?? s.tag, ...(s.url ? { url: s.url } : {}), document: `${s.title} (${s.publisher}${s.read ? `, gelezen ${s.read}` : ''})` };
}

/** True for a citation of one of GREX's own method sections (docs/methode/…). */
export function isMethod(s: Source): boolean {
  return s.url?.startsWith('docs/') ?? false;
}
