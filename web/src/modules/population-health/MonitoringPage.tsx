import { LineChart } from '@mantine/charts';
import { Anchor, Badge, Button, Group, Loader, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { askForReadings, fetchMonitoring, setOwnThreshold, type Monitoring } from './monitoring-api.ts';

const CHARTS: { title: string; kinds: [string, string][] }[] = [
  { title: 'Blood pressure (mmHg)', kinds: [['bp-systolic', 'Systolic'], ['bp-diastolic', 'Diastolic']] },
  { title: 'Pulse (/min)', kinds: [['pulse', 'Pulse']] },
  { title: 'Oxygen saturation (%)', kinds: [['spo2', 'SpO2']] },
  { title: 'Weight (kg)', kinds: [['weight', 'Weight']] },
  { title: 'Peak flow (L/min)', kinds: [['peak-flow', 'Peak flow']] },
  { title: 'Blood glucose (mmol/L)', kinds: [['blood-glucose', 'Glucose']] },
];
const COLOURS = ['red.6', 'blue.6'];
const REGISTERS: [string, string][] = [['HYP', 'Hypertension'], ['CHD', 'Coronary heart disease'], ['STIA', 'Stroke and TIA'], ['CKD', 'CKD'], ['DM', 'Diabetes'], ['COPD', 'COPD'], ['AST', 'Asthma'], ['HF', 'Heart failure'], ['AF', 'Atrial fibrillation']];

/** One point a day per series: the day's mean, so two readings a day draw one line. */
function daily(readings: Monitoring['readings'], kinds: [string, string][]) {
  const byDay = new Map<string, Record<string, number[]>>();
  for (const r of readings) {
    const k = kinds.find(([id]) => id === r.kind);
    if (!k) continue;
    const d = byDay.get(r.observedOn) ?? {};
    (d[k[1]] ??= []).push(r.value);
    byDay.set(r.observedOn, d);
  }
  return [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, s]) => ({
    day: day.slice(5), ...Object.fromEntries(Object.entries(s).map(([name, xs]) => [name, Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10])),
  }));
}

/** A patient's remote monitoring: trend charts and the table of readings, thresholds in force, alerts, and asking for readings. */
export function MonitoringPage() {
  const { patientId = '' } = useParams();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['population-health', 'monitoring', patientId], queryFn: () => fetchMonitoring(patientId), retry: false });
  const [register, setRegister] = useState('HYP');
  const ask = useMutation({ mutationFn: () => askForReadings(patientId, { registerId: register as 'HYP' }), onSuccess: () => qc.invalidateQueries({ queryKey: ['population-health', 'monitoring', patientId] }) });
  if (q.isLoading) return <Loader aria-label="Loading" />;
  if (q.error || !q.data) return <ProblemAlert error={q.error} />;
  const m = q.data;
  const charts = CHARTS.map((c) => ({ ...c, data: daily(m.readings, c.kinds) })).filter((c) => c.data.length > 0);
  return (
    <Stack>
      <Anchor component={Link} to={`/patients/${patientId}`} size="sm">← Patient</Anchor>
      <Title order={1}>Home readings</Title>
      <Paper withBorder p="md">
        <Group align="end">
          <Select label="Ask for home readings for" data={REGISTERS.map(([value, label]) => ({ value, label }))} value={register} onChange={(v) => v && setRegister(v)} w={240} />
          <Button onClick={() => ask.mutate()} loading={ask.isPending}>Send the request</Button>
          {ask.isSuccess && <Text size="sm" c="green">Sent: the patient gets a message with their link.</Text>}
        </Group>
        {ask.error && <ProblemAlert error={ask.error} />}
      </Paper>
      {m.alerts.length > 0 && (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">Alerts raised</Title>
          {m.alerts.map((a) => <Text key={a.id} size="sm"><Badge color={a.urgency === 'urgent' ? 'red' : 'blue'} mr="xs">{a.urgency}</Badge>{new Date(a.raisedAt).toLocaleString('en-GB')}: {a.detail} (request {a.reference})</Text>)}
        </Paper>
      )}
      {charts.length === 0 ? <Text c="dimmed">No readings in the last 90 days.</Text> : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {charts.map((c) => (
            <Paper withBorder p="md" key={c.title}>
              <Title order={2} size="h5" mb="xs">{c.title}</Title>
              <LineChart h={200} data={c.data} dataKey="day" series={c.kinds.map(([, name], i) => ({ name, color: COLOURS[i] }))} connectNulls />
            </Paper>
          ))}
        </SimpleGrid>
      )}
      <Thresholds m={m} patientId={patientId} />
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">Readings</Title>
        <Table striped aria-label="Readings">
          <Table.Thead><Table.Tr><Table.Th>Date</Table.Th><Table.Th>Reading</Table.Th><Table.Th>Value</Table.Th><Table.Th>Source</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {[...m.readings].reverse().map((r) => <Table.Tr key={r.id}><Table.Td>{r.observedOn}</Table.Td><Table.Td>{r.name}</Table.Td><Table.Td>{r.value} {r.unit}</Table.Td><Table.Td>{r.source === 'home' ? 'home' : 'clinic'}</Table.Td></Table.Tr>)}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}

function Thresholds({ m, patientId }: { m: Monitoring; patientId: string }) {
  const qc = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const [limit, setLimit] = useState<number | string>('');
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: () => setOwnThreshold(patientId, editing!, { limit: Number(limit), reason }),
    onSuccess: (data) => { qc.setQueryData(['population-health', 'monitoring', patientId], data); setEditing(null); },
  });
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">Thresholds in force</Title>
      <Table aria-label="Thresholds">
        <Table.Thead><Table.Tr><Table.Th>Threshold</Table.Th><Table.Th>Rule</Table.Th><Table.Th>Urgency, queue</Table.Th><Table.Th>Source</Table.Th><Table.Th /></Table.Tr></Table.Thead>
        <Table.Tbody>
          {m.thresholds.map((t) => (
            <Table.Tr key={t.id}>
              <Table.Td>{t.name}{t.override && <Text size="xs" c="orange">This patient: {t.override.reason}</Text>}</Table.Td>
              <Table.Td>{t.rule}</Table.Td><Table.Td>{t.urgency}, {t.role}</Table.Td><Table.Td><Text size="xs">{t.source}</Text></Table.Td>
              <Table.Td><Button size="xs" variant="subtle" onClick={() => { setEditing(t.id); setLimit(t.limit ?? ''); setReason(''); }}>Set for this patient</Button></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && (
        <Group align="end" mt="sm">
          <NumberInput label="Limit" value={limit} onChange={setLimit} w={120} />
          <TextInput label="Why this patient differs" value={reason} onChange={(e) => setReason(e.currentTarget.value)} w={360} />
          <Button onClick={() => save.mutate()} loading={save.isPending}>Save</Button>
          <Button variant="default" onClick={() => setEditing(null)}>Cancel</Button>
        </Group>
      )}
      {save.error && <ProblemAlert error={save.error} />}
    </Paper>
  );
}
