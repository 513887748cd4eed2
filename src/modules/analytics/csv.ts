import type { DataTable } from './schema.ts';
import { csvCell, toCsv } from '../../platform/csv.ts';

// CSV for spreadsheets through the project's one writer (src/platform/csv.ts: RFC 4180, CRLF, cells a
// spreadsheet would run as formulas neutralised).
export { csvCell };

export function tableToCsv(table: DataTable): string {
  return toCsv(table.columns.map((c) => ({ header: c.label, value: (row: DataTable['rows'][number]) => row[c.key] })), table.rows);
}
