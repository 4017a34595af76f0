/** The model builders, in the order the pane shows them. */
import { barcode } from './barcode';
import { economie } from './economie';
import { erfpacht } from './erfpacht';
import { grondexploitatie } from './grondexploitatie';
import { grondwaarde } from './grondwaarde';
import { kostenverhaal } from './kostenverhaal';
import type { BuilderSpec } from './types';
import { verplaatsing } from './verplaatsing';

export const BUILDERS: readonly BuilderSpec[] = [grondexploitatie, grondwaarde, kostenverhaal, verplaatsing, erfpacht, barcode, economie];

export function findBuilder(id: string): BuilderSpec | undefined {
  return BUILDERS.find((b) => b.id === id);
}
