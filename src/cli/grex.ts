/**
 * The `grex` command (DECISIONS §4):
 *   grex eval '<formula>'   one formula; prints the value, or the error on stderr (exit 2)
 *   grex list               every function with its signature and one line of help
 *   grex help <FUNCTIE>     the help of one function
 *   grex controleer <werkmap.xlsx> [--json] [--mapping file]   review of a hand-built grondexploitatie (asynchronous)
 */
import { REGISTRY, signature, findFunction } from '../functions/registry';
import { tagText } from '../functions/help';
import { GrexCallError } from '../functions/call';
import { evaluate, formatResult } from './evaluate';
import { FormulaSyntaxError } from './parser';
import { controleer, CONTROLEER_USAGE } from './controleer';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const USAGE = `Gebruik:
  grex eval '<formule>'   bijvoorbeeld: grex eval '=GREX.NCW(0.02,{100,200,300},2025)'
  grex list               alle functies met hun argumenten
  grex help <FUNCTIE>     uitleg bij één functie, bijvoorbeeld: grex help NCW
  ${CONTROLEER_USAGE}
                          controle van een eigen grondexploitatie-werkmap`;

export function main(argv: readonly string[], io: Io = { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') }): number | Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'controleer':
      return controleer(rest, io);
    case 'eval': {
      if (rest.length !== 1) {
        io.err('grex eval verwacht precies één formule tussen aanhalingstekens.\n' + USAGE);
        return 1;
      }
      try {
        io.out(formatResult(evaluate(rest[0])));
        return 0;
      } catch (e) {
        if (e instanceof GrexCallError) io.err(`${e.code} ${e.message}`);
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
      for (const x of spec.help.examples ?? []) io.out(`\nVoorbeeld: ${x.formula}  →  ${x.result}\n  ${x.explanation}`);
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
