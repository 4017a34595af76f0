/** Grondwaarde and waardesprong (REFERENCE §2–§3; DECISIONS §3 "Grondwaarde and waardesprong"). */
export * from './btw';
export * from './residual';
export * from './grondquote';
export * from './commercial';
export * from './waardesprong';
export * from './messages';
