/** Verification tags as REFERENCE.md uses them (mirrors the tag type of the function registry, which core may not import). */
export type VerificationTagCore = 'V' | 'V-ind' | 'R' | 'besluit';
