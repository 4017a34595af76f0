/** Kostenverhaal under Omgevingswet afdeling 13.6 (docs/methode/kostenverhaal.md). */
export * from './messages';
export * from './macroaftopping';
export * from './drempel';
export * from './tijdvak';
export * from './zonder-tijdvak';
export * from './eindafrekening';
export * from './financiele-bijdrage';
export * from './kostensoorten';
export * from './types';
