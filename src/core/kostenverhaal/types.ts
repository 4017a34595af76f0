/** The one verification-tag type of the source catalogue. */
export type { VerificationTag as VerificationTagCore } from '../sources';
