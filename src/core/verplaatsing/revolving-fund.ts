/**
 * Repayment schedule of a revolving-fund loan (ROM / herstructurerings-
 * maatschappij, such as OMU or HMO) from the net cash flows of a business case.
 *
 * Conventions (product choices of this function, stated in its help):
 *  - the loan `bedrag` is paid out on 1-1 of the first year;
 *  - interest per year = balance on 1 January × rente, added on 31-12
 *    (like the BBV convention of interest over the boekwaarde of 1 January,
 *    docs/methode/tijdwaarde-bbv.md#boekwaarde-en-resultaat);
 *  - repayment in year t = min(max(0, netto kasstroom_t), balance + interest):
 *    only positive net cash flows repay; a negative year neither repays nor
 *    draws more from the fund;
 *  - the schedule runs to the end of `looptijd` (years from the first year)
 *    or, without looptijd or when looptijd runs past it, to the last year
 *    with a cash flow (the horizon).
 * No source fixes these conventions for a specific fund [besluit, docs/methode/verplaatsing.md#businesscase];
 * the sources only document that such funds revolve (OMU, HMO: stadszaken-hmo) [V-ind].
 */
import { Dec, DecInput, dec, D, ZERO } from '../numeric';
import { YearlySeries } from '../series';

export interface FundInput {
  bedrag: DecInput;
  rente: DecInput;
  /** Years from the first year; undefined = until the horizon. */
  looptijd?: number;
}

export interface FundYear {
  year: number;
  begin: Dec;
  interest: Dec;
  repayment: Dec;
  end: Dec;
}

export interface FundSchedule {
  rows: FundYear[];
  loan: Dec;
  interestTotal: Dec;
  repaidTotal: Dec;
  balance: Dec;
  /** The year in which the balance reaches 0, if it does. */
  repaidYear?: number;
  /** The last year the schedule covers when not repaid, and why it stops there. */
  lastYear: number;
  limitedBy: 'looptijd' | 'horizon';
}

export function revolvingFund(x: FundInput, netFlows: YearlySeries, firstYear: number): FundSchedule {
  const loan = dec(x.bedrag);
  const r = dec(x.rente);
  const horizonEnd = Math.max(firstYear, netFlows.end);
  const termEnd = x.looptijd === undefined ? Infinity : firstYear + x.looptijd - 1;
  const lastYear = Math.min(termEnd, horizonEnd);
  const limitedBy = termEnd <= horizonEnd ? 'looptijd' : 'horizon';
  const rows: FundYear[] = [];
  let balance = loan;
  let interestTotal: Dec = ZERO;
  let repaidTotal: Dec = ZERO;
  let repaidYear: number | undefined;
  for (let y = firstYear; y <= lastYear; y++) {
    const begin = balance;
    const interest = begin.times(r);
    const due = begin.plus(interest);
    const repayment = D.min(D.max(ZERO, netFlows.at(y)), due);
    balance = due.minus(repayment);
    interestTotal = interestTotal.plus(interest);
    repaidTotal = repaidTotal.plus(repayment);
    rows.push({ year: y, begin, interest, repayment, end: balance });
    if (balance.isZero()) {
      repaidYear = y;
      break;
    }
  }
  return { rows, loan, interestTotal, repaidTotal, balance, repaidYear, lastYear, limitedBy };
}
