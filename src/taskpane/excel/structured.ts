/**
 * Names over table bodies as structured references, so that they follow
 * the table when a user adds a row below it (an absolute address would
 * silently leave the new row out).
 */
import type { Box } from './address';

/** A column name inside a structured reference: ' [ ] # escaped with an apostrophe. */
export function escapeColumn(header: string): string {
  return header.replace(/(['[\]#])/g, "'$1");
}

/**
 * "=Tabel[[A]:[B]]", "=Tabel[A]" or "=Tabel[#Data]" for a name whose box
 * covers every body row of `table` (header row included in `table`), or
 * undefined when it covers only some rows (then it stays an address).
 */
export function structuredRef(tableName: string, headers: readonly string[], table: Box, name: Box): string | undefined {
  const body = { row: table.row + 1, rows: table.rows - 1 };
  if (body.rows < 1 || name.row !== body.row || name.rows !== body.rows) return undefined;
  if (name.col < table.col || name.col + name.cols > table.col + table.cols) return undefined;
  if (name.col === table.col && name.cols === table.cols) return `=${tableName}[#Data]`;
  const first = headers[name.col - table.col];
  const last = headers[name.col + name.cols - 1 - table.col];
  if (!first || !last) return undefined;
  if (name.cols === 1) return `=${tableName}[${escapeColumn(first)}]`;
  return `=${tableName}[[${escapeColumn(first)}]:[${escapeColumn(last)}]]`;
}
