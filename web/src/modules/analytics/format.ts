import type { Figure } from './api.ts';

// How figures read on screen and in print: counts with thousands separators, percentages to one place.

export function formatValue(kind: Figure['kind'], value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'string') return value;
  if (kind === 'percent') return `${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;
  if (kind === 'hours') return `${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })} h`;
  if (kind === 'days') return `${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })} days`;
  if (kind === 'text') return String(value);
  return value.toLocaleString('en-GB');
}

/** A change against the previous period: points for percentages and days, per cent for counts. */
export function formatChange(kind: Figure['kind'], change: number | null): string {
  if (change === null) return '–';
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const n = Math.abs(change).toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return kind === 'percent' ? `${sign}${n} points` : kind === 'days' ? `${sign}${n} days` : `${sign}${n}%`;
}
