/** Ruimte voor economie: werklocaties, compensation, phase-out, re-allotment, freed land, schuifruimte chains. */
export * from './messages';
export * from './balans';
export * from './compensatie';
export * from './afbouw';
export * from './herverkaveling';
export * from './vrijkomende-grond';
export * from './keten';
