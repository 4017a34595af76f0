/** Kostenverhaal under Omgevingswet afdeling 13.6 (REFERENCE §4; DECISIONS §3 "Kostenverhaal"). */
export * from './messages';
export * from './macroaftopping';
export * from './drempel';
export * from './tijdvak';
export * from './zonder-tijdvak';
export * from './eindafrekening';
export * from './financiele-bijdrage';
export * from './kostensoorten';
export * from './types';
