/** A labelled amount: one post of a compensation, or one funding contribution. */
import type { Dec } from '../numeric';

export interface Post {
  label: string;
  amount: Dec;
}
