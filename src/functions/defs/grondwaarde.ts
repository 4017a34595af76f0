/** Functions of this area are added here (see issues); the registry already includes this list. */
import type { FunctionSpec } from '../types';

export const GRONDWAARDE: FunctionSpec[] = [];
