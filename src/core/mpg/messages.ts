/** Dutch texts of the MPG area (#VALUE! reasons). Generic texts stay in core/messages.ts. */
export const MPG_MSG = {
  benodigdZero:
    'is 0: zonder benodigde weerstandscapaciteit (geen gekwantificeerde risico’s) bestaat er geen ratio; vul het ' +
    'benodigde bedrag in, of meld "geen risico’s" in de tekst',
} as const;
