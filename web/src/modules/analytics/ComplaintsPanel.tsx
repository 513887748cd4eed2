import { useState } from 'react';
import { Button, Group, Paper, Select, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import type { AnalyticsFilters, ComplaintBody, FilterOptions } from './api.ts';
import { useComplaints, useLogComplaint, useRespondToComplaint } from './queries.ts';

const CATEGORIES = ['access', 'clinical-care', 'communication', 'staff-attitude', 'prescriptions', 'administration', 'premises', 'other'];
const OUTCOMES = ['upheld', 'partly-upheld', 'not-upheld', 'withdrawn'];
const words = (s: string) => s.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

/** Log a complaint against what it concerns, and record responses; the list of the period's complaints. */
export function ComplaintsPanel({ filters, canLog, organisations }: { filters: AnalyticsFilters; canLog: boolean; organisations: FilterOptions['organisations'] }) {
  const list = useComplaints({ from: filters.from, to: filters.to, organisationId: filters.organisationId });
  const log = useLogComplaint();
  const respond = useRespondToComplaint();
  const [form, setForm] = useState<ComplaintBody>({ receivedOn: today(), concerns: 'appointment', category: 'access', summary: '' });
  const set = (c: Partial<ComplaintBody>) => setForm({ ...form, ...c });
  return (
    <Stack mt="md">
      {canLog && (
        <Paper withBorder p="md">
          <form onSubmit={(e) => { e.preventDefault(); log.mutate(form, { onSuccess: () => setForm({ ...form, summary: '', concernsId: undefined, concernsReference: undefined }) }); }}>
            <Stack>
              <Title order={3} size="h4">Log a complaint</Title>
              <Group align="flex-end">
                <TextInput label="Received on" type="date" required value={form.receivedOn} onChange={(e) => set({ receivedOn: e.currentTarget.value })} />
                <Select label="It concerns" data={[{ value: 'appointment', label: 'An appointment' }, { value: 'consultation', label: 'An online consultation' }, { value: 'referral', label: 'A referral' }, { value: 'other', label: 'Something else' }]}
                  value={form.concerns} allowDeselect={false} onChange={(v) => set({ concerns: (v ?? 'other') as ComplaintBody['concerns'], concernsId: undefined, concernsReference: undefined })} />
                {(form.concerns === 'appointment' || form.concerns === 'consultation') && (
                  <TextInput label={form.concerns === 'appointment' ? 'Appointment id' : 'Consultation id'} w={320} value={form.concernsId ?? ''} onChange={(e) => set({ concernsId: e.currentTarget.value || undefined })} />
                )}
                {form.concerns === 'referral' && <TextInput label="Referral reference" value={form.concernsReference ?? ''} onChange={(e) => set({ concernsReference: e.currentTarget.value || undefined })} />}
                <Select label="Category" data={CATEGORIES.map((c) => ({ value: c, label: words(c) }))} value={form.category} allowDeselect={false} onChange={(v) => set({ category: (v ?? 'other') as ComplaintBody['category'] })} />
                {form.concerns !== 'appointment' && form.concerns !== 'consultation' && (
                  <Select label="Practice or hub" placeholder="Yours" clearable data={organisations.map((o) => ({ value: o.id, label: o.name }))} value={form.organisationId ?? null} onChange={(v) => set({ organisationId: v ?? undefined })} />
                )}
              </Group>
              <Textarea label="Summary" required maxLength={2000} value={form.summary} onChange={(e) => set({ summary: e.currentTarget.value })} />
              {log.error && <ProblemAlert error={log.error} />}
              <Button type="submit" w="fit-content" loading={log.isPending}>Log complaint</Button>
            </Stack>
          </form>
        </Paper>
      )}
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="xs">Complaints in the period</Title>
        {list.error && <ProblemAlert error={list.error} />}
        {respond.error && <ProblemAlert error={respond.error} />}
        {list.data && (list.data.items.length === 0 ? <Text>No complaints were received in this period.</Text> : (
          <Table.ScrollContainer minWidth={800}>
            <Table striped aria-label="Complaints">
              <Table.Thead><Table.Tr><Table.Th>Received</Table.Th><Table.Th>Organisation</Table.Th><Table.Th>Concerns</Table.Th><Table.Th>Category</Table.Th><Table.Th>Summary</Table.Th><Table.Th>Outcome</Table.Th><Table.Th ta="right">Days to respond</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {list.data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>{c.receivedOn}</Table.Td><Table.Td>{c.organisationName}</Table.Td><Table.Td>{words(c.concerns)}</Table.Td><Table.Td>{words(c.category)}</Table.Td><Table.Td>{c.summary}</Table.Td>
                    <Table.Td>{c.outcome ? words(c.outcome) : canLog ? (
                      <Select size="xs" placeholder="Record response today" aria-label={`Outcome of the complaint received ${c.receivedOn}`} data={OUTCOMES.map((o) => ({ value: o, label: words(o) }))}
                        onChange={(v) => v && respond.mutate({ id: c.id, body: { outcome: v as 'upheld', respondedOn: today() } })} />
                    ) : 'Awaiting response'}</Table.Td>
                    <Table.Td ta="right">{c.daysToRespond ?? '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ))}
      </Paper>
    </Stack>
  );
}
