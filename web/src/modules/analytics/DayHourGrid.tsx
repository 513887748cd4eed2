import { Table } from '@mantine/core';
import type { DataTable } from './api.ts';
import { formatValue } from './format.ts';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A weekday × hour grid, each cell shaded by its value (darker is more): a heatmap that still reads as numbers. */
export function DayHourGrid({ table, valueKey }: { table: DataTable; valueKey: string }) {
  const kind = table.columns.find((c) => c.key === valueKey)?.kind ?? 'count';
  const hours = [...new Set(table.rows.map((r) => Number(r.hour)))].sort((a, b) => a - b);
  const days = DAYS.filter((d) => table.rows.some((r) => r.weekday === d));
  const value = (d: string, h: number) => table.rows.find((r) => r.weekday === d && Number(r.hour) === h)?.[valueKey];
  const max = Math.max(1, ...table.rows.map((r) => Number(r[valueKey] ?? 0)));
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table withTableBorder withColumnBorders fz="xs" aria-label={`${table.title} by weekday and hour`}>
        <Table.Thead>
          <Table.Tr><Table.Th>Day</Table.Th>{hours.map((h) => <Table.Th key={h} ta="center">{String(h).padStart(2, '0')}:00</Table.Th>)}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {days.map((d) => (
            <Table.Tr key={d}>
              <Table.Th>{d}</Table.Th>
              {hours.map((h) => {
                const v = value(d, h);
                const share = typeof v === 'number' ? v / max : 0;
                return <Table.Td key={h} ta="center" style={{ background: `rgba(0, 94, 184, ${(share * 0.85).toFixed(2)})`, color: share > 0.55 ? 'white' : undefined }}>{formatValue(kind, v ?? null)}</Table.Td>;
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
