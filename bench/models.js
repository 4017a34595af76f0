/**
 * The spreadsheet models of the bench, written once as native formulas for
 * HyperFormula (the reference) and once as GREX calls, over the same inputs.
 */
'use strict';
const { HyperFormula } = require('hyperformula');

const HF_OPTIONS = { licenseKey: 'gpl-v3', useColumnIndex: true };

function colName(c) {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * A grondexploitatie of `years` × `posts` cost and `posts` revenue lines as
 * native formulas: index factors, yearly totals, the roll-forward with
 * interest only over a positive boekwaarde on 1 January, and the three
 * results (nominaal, eindwaarde, NCW).
 */
function grexSheet(kosten, opbrengsten, { begin, rente, disconto, kIndex, oIndex }) {
  const posts = kosten.length;
  const years = kosten[0].length;
  const rows = [];
  for (const r of kosten) rows.push(r.slice());
  for (const r of opbrengsten) rows.push(r.slice());
  const R = (i) => i + 1; // 1-based row number in A1 notation
  const rK = 2 * posts; // factor rows
  const rO = rK + 1;
  const rKt = rK + 2;
  const rOt = rK + 3;
  const rBegin = rK + 4;
  const rRente = rK + 5;
  const rEind = rK + 6;
  const rIn = rK + 7; // inputs: begin, rente, disconto
  const fK = [];
  const fO = [];
  const kt = [];
  const ot = [];
  const bb = [];
  const rr = [];
  const ee = [];
  for (let c = 0; c < years; c++) {
    const L = colName(c);
    const P = c > 0 ? colName(c - 1) : null;
    fK.push(c === 0 ? 1 : `=${P}${R(rK)}*(1+${kIndex})`);
    fO.push(c === 0 ? 1 : `=${P}${R(rO)}*(1+${oIndex})`);
    kt.push(`=SUM(${L}1:${L}${posts})*${L}${R(rK)}`);
    ot.push(`=SUM(${L}${posts + 1}:${L}${2 * posts})*${L}${R(rO)}`);
    bb.push(c === 0 ? `=$A$${R(rIn)}` : `=${P}${R(rEind)}`);
    rr.push(`=IF(${L}${R(rBegin)}>0,${L}${R(rBegin)}*$B$${R(rIn)},0)`);
    ee.push(`=${L}${R(rBegin)}+${L}${R(rKt)}-${L}${R(rOt)}+${L}${R(rRente)}`);
  }
  rows.push(fK, fO, kt, ot, bb, rr, ee);
  const last = colName(years - 1);
  rows.push([
    begin,
    rente,
    disconto,
    `=SUM(A${posts + 1}:${last}${2 * posts})-SUM(A1:${last}${posts})-A${R(rIn)}`,
    `=-${last}${R(rEind)}`,
    `=E${R(rIn)}/(1+C${R(rIn)})^${years}`,
  ]);
  const hf = HyperFormula.buildFromArray(rows, HF_OPTIONS);
  return { hf, resultCell: { sheet: 0, row: rIn, col: 5 } };
}

module.exports = { grexSheet };
