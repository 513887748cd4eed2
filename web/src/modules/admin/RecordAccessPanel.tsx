import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Anchor, Button, Checkbox, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { api, withQuery, type QueryOf, type ResponseOf } from '../../api/client.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { fetchStaff, type Network } from '../network/api.ts';
import { searchPatients } from '../patients/api.ts';

type AccessLog = ResponseOf<'/api/v1/patients/access-log'>;
type AccessLogQuery = QueryOf<'/api/v1/patients/access-log'>;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * For a data protection officer (or the practice manager answering for their practice): who looked at
 * a patient, what one person looked at, and access from outside the patient's practice, in a period;
 * on screen or as CSV. The server audits every look at this log too.
 */
export function RecordAccessPanel({ network }: { network: Network }) {
  const [from, setFrom] = useState(isoDay(new Date(Date.now() - 30 * 86_400_000)));
  const [to, setTo] = useState(isoDay(new Date()));
  const [nhsNumber, setNhsNumber] = useState('');
  const [staffId, setStaffId] = useState<string | null>(null);
  const [outsidePractice, setOutsidePractice] = useState(false);
  const [asked, setAsked] = useState<AccessLogQuery | null>(null);
  const staff = useQuery({ queryKey: ['network-staff'], queryFn: () => fetchStaff() });
  const log = useQuery({
    queryKey: ['access-log', asked],
    enabled: asked !== null,
    queryFn: () => api.get<AccessLog>('/patients/access-log', asked ?? undefined),
  });
  const [lookupError, setLookupError] = useState<unknown>(null);
  const orgName = (id: string | null) => network.organisations.find((o) => o.id === id)?.name ?? '';

  async function ask() {
    setLookupError(null);
    let patientId: string | undefined;
    if (nhsNumber.trim()) {
      try {
        const found = await searchPatients(nhsNumber);
        if (found.length !== 1) throw new Error(`No single patient has NHS number ${nhsNumber}.`);
        patientId = found[0].id;
      } catch (e) {
        setLookupError(e);
        return;
      }
    }
    setAsked({ from, to, ...(patientId ? { patientId } : {}), ...(staffId ? { staffId } : {}), ...(outsidePractice ? { outsidePractice: true } : {}), limit: 500 });
  }

  return (
    <Stack>
      <Text size="sm" c="dimmed">Every look at this log is itself recorded.</Text>
      <form onSubmit={(e) => { e.preventDefault(); void ask(); }}>
        <Group align="end" wrap="wrap">
          <TextInput type="date" label="From" required value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          <TextInput type="date" label="To (included)" required value={to} onChange={(e) => setTo(e.currentTarget.value)} />
          <TextInput label="Patient's NHS number" placeholder="optional" value={nhsNumber} onChange={(e) => setNhsNumber(e.currentTarget.value)} />
          <Select label="Member of staff" placeholder="anyone" clearable searchable value={staffId} onChange={setStaffId}
            data={(staff.data ?? []).map((s) => ({ value: s.id, label: s.displayName }))} />
          <Checkbox label="Only from outside the patient's practice" checked={outsidePractice} onChange={(e) => setOutsidePractice(e.currentTarget.checked)} />
          <Button type="submit">Show access</Button>
        </Group>
      </form>
      {(lookupError || log.error) ? <ProblemAlert error={lookupError ?? log.error} /> : null}
      {asked && log.data && (
        <>
          <Group justify="space-between">
            <Text size="sm">{log.data.items.length}{log.data.nextCursor ? '+' : ''} events</Text>
            <Anchor href={withQuery('/api/v1/patients/access-log', { ...asked, limit: undefined, format: 'csv' })}>Download CSV</Anchor>
          </Group>
          <Table striped withTableBorder>
            <Table.Thead><Table.Tr><Table.Th>When</Table.Th><Table.Th>Who</Table.Th><Table.Th>Acting for</Table.Th><Table.Th>What</Table.Th><Table.Th>Purpose</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {log.data.items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{new Date(e.at).toLocaleString('en-GB', { timeZone: 'Europe/London' })}</Table.Td>
                  <Table.Td>{e.actorName ?? (e.actorTokenId ? `API token ${e.actorTokenId.slice(-6)}` : e.actorRole)}</Table.Td>
                  <Table.Td>{orgName(e.actorOrganisationId)}</Table.Td>
                  <Table.Td>{e.action} {e.entity}</Table.Td>
                  <Table.Td>{e.purpose}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
