/**
 * A sheet name that reads naturally: "Erfpacht Kavel Noord", but "Verplaatsing"
 * rather than "Verplaatsing Verplaatsing" when the project keeps its default,
 * and "Kostenverhaal Centrum" rather than "Kostenverhaal Kostenverhaal Centrum".
 */
export function sheetTitle(kind: string, project: string, defaultProject: string, alone = kind): string {
  const p = project.trim();
  if (!p || p.toLowerCase() === defaultProject.toLowerCase()) return alone;
  if (p.toLowerCase().startsWith(kind.toLowerCase())) return p;
  return `${kind} ${p}`;
}

/** The note line a sheet gets when it holds example amounts. */
export const EXAMPLE_NOTE = 'LET OP: dit blad bevat voorbeeldbedragen om te proberen, geen echte raming. Vervang ze door de eigen bedragen.';
