/** Grondwaarde and waardesprong (docs/methode/grondwaarde.md). */
export * from './btw';
export * from './residual';
export * from './grondquote';
export * from './commercial';
export * from './waardesprong';
export * from './messages';
