import { Group, SegmentedControl, Text } from '@mantine/core';
import type { AnalyticsFilters } from './api.ts';

type Split = NonNullable<AnalyticsFilters['split']>;
const SPLITS: { value: Split; label: string }[] = [
  { value: 'practice', label: 'Practice' },
  { value: 'role', label: 'Role' },
  { value: 'site', label: 'Site' },
  { value: 'channel', label: 'Channel' },
];

/** What the Friends and Family Test table and chart are split by (kept in the address with the filters). */
export function FftSplitControl({ value, onChange }: { value: Split; onChange: (v: Split) => void }) {
  return (
    <Group gap="sm" className="no-print">
      <Text size="sm" id="fft-split-label">Split the Friends and Family Test by</Text>
      <SegmentedControl size="xs" aria-labelledby="fft-split-label" data={SPLITS} value={value} onChange={(v) => onChange(v as Split)} />
    </Group>
  );
}
