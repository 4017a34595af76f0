/**
 * The `grex` command:
 *   grex eval '<formula>'   one formula (en-US or Dutch notation); prints the value,
 *                           or the error on stderr (exit 2); --notatie=nl|en forces one
 *   grex list               every function with its signature and one line of help
 *   grex help <FUNCTIE>     the help of one function
 *   grex controleer <werkmap.xlsx> [--json] [--mapping file]   review of a hand-built grondexploitatie (asynchronous)
 */
import { REGISTRY, signature, findFunction } from '../functions/registry';
import { tagText } from '../functions/help';
import { GrexCallError } from '../functions/call';
import { formatResult, interpret } from './evaluate';
import { FormulaSyntaxError } from './parser';
import { dutchErrorWithEnglish, toDutchFormula, type Notation } from '../functions/notation';
import { controleer, CONTROLEER_USAGE } from './controleer';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const USAGE = `Gebruik:
  grex eval '<formule>'   Nederlandse of Engelse notatie, bijvoorbeeld:
                          grex eval '=GREX.NCW(0,02;{100;200;300};2025)'
                          grex eval '=GREX.NCW(0.02,{100,200,300},2025)'
                          --notatie=nl of --notatie=en kiest de notatie als die dubbelzinnig is
  grex list               alle functies met hun argumenten
  grex help <FUNCTIE>     uitleg bij één functie, bijvoorbeeld: grex help NCW
  ${CONTROLEER_USAGE}
                          controle van een eigen grondexploitatie-werkmap`;

export function main(
  argv: readonly string[],
  io: Io = { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') },
): number | Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'controleer':
      return controleer(rest, io);
    case 'eval': {
      const opt = rest.find((r) => r.startsWith('--notatie'));
      const formulas = rest.filter((r) => r !== opt);
      const chosen = opt?.split('=')[1]?.toLowerCase();
      const notation: Notation | undefined = chosen === 'nl' ? 'nl' : chosen === 'en' || chosen === 'en-us' ? 'en-US' : undefined;
      if (formulas.length !== 1 || (opt && !notation)) {
        io.err((opt && !notation ? 'Kies --notatie=nl of --notatie=en.\n' : 'grex eval verwacht precies één formule tussen aanhalingstekens.\n') + USAGE);
        return 1;
      }
      try {
        const r = interpret(formulas[0], notation);
        if (r.note) io.err(`Let op: ${r.note}`);
        if (!r.outcome.ok) throw new GrexCallError(r.outcome.error.code, r.outcome.error.message);
        io.out(formatResult(r.outcome.value, r.notation));
        return 0;
      } catch (e) {
        if (e instanceof GrexCallError) io.err(`${dutchErrorWithEnglish(e.code)} ${e.message}`);
        else if (e instanceof FormulaSyntaxError) io.err(`Formulefout: ${e.message}`);
        else io.err(`Interne fout: ${(e as Error).message}`);
        return 2;
      }
    }
    case 'list': {
      for (const s of REGISTRY) io.out(`${signature(s)}\n    ${s.description}`);
      return 0;
    }
    case 'help': {
      const spec = rest[0] ? findFunction(rest[0]) : undefined;
      if (!spec) {
        io.err(rest[0] ? `Onbekende functie: ${rest[0]}` : USAGE);
        return 1;
      }
      io.out(signature(spec));
      io.out(spec.description);
      io.out('\nFormule:\n  ' + spec.help.formula.join('\n  '));
      io.out('\nArgumenten:');
      for (const p of spec.params) io.out(`  ${p.name}: ${p.description}`);
      for (const n of spec.help.notes ?? []) io.out(`\n* ${n}`);
      for (const x of spec.help.examples ?? [])
        io.out(
          `\nVoorbeeld: ${toDutchFormula(x.formula)}  →  ${typeof x.result === 'number' ? String(x.result).replace('.', ',') : x.result}\n ` +
            ` en-US: ${x.formula}\n  ${x.explanation}`,
        );
      io.out('\nBronnen:');
      for (const s of spec.sources) io.out(`  - ${s.label} [${s.tag}: ${tagText(s.tag)}]; ${s.document}${s.url ? ' ' + s.url : ''}`);
      return 0;
    }
    case undefined:
    case '-h':
    case '--help':
      io.out(USAGE);
      return cmd === undefined ? 1 : 0;
    default:
      io.err(`Onbekende opdracht: ${cmd}\n${USAGE}`);
      return 1;
  }
}
