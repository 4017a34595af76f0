/** The grondexploitatie model the raadsversie reads: see models/ge-model (shared with the builder). */
export { listModels, readModel, modelSuffixes } from '../models/ge-model';
export type { GeInputs, GeModel, ModelRef } from '../models/ge-model';
