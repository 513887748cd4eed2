import { useState } from 'react';
import { Button, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import type { AnalyticsFilters } from './api.ts';
import { useRepeatedDnas } from './queries.ts';

/** Patients with two or more DNAs in the period: patient-level, so shown only on request, and each patient shown is audited. */
export function RepeatedDnasPanel({ filters }: { filters: AnalyticsFilters }) {
  const [shown, setShown] = useState(false);
  const q = useRepeatedDnas({ from: filters.from, to: filters.to, organisationId: filters.organisationId }, shown);
  return (
    <Paper withBorder p="md" mt="md">
      <Stack>
        <Title order={3} size="h4">Patients with repeated DNAs</Title>
        <Text size="sm">Patients who missed two or more appointments in the period, to contact and support. Opening this list is recorded in the audit log for each patient shown.</Text>
        {!shown && <Button variant="light" w="fit-content" onClick={() => setShown(true)}>Show patients</Button>}
        {q.error && <ProblemAlert error={q.error} />}
        {shown && q.isLoading && <Loader aria-label="Loading patients" />}
        {q.data && (q.data.items.length === 0 ? <Text>No patient missed two or more appointments in this period.</Text> : (
          <Table striped aria-label="Patients with repeated DNAs">
            <Table.Thead><Table.Tr><Table.Th>Patient</Table.Th><Table.Th>NHS number</Table.Th><Table.Th>Practice</Table.Th><Table.Th ta="right">DNAs</Table.Th><Table.Th>Last DNA</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {q.data.items.map((p) => (
                <Table.Tr key={p.patientId}>
                  <Table.Td><Link to={`/patients/${p.patientId}`}>{p.name}</Link></Table.Td><Table.Td>{p.nhsNumber}</Table.Td><Table.Td>{p.practiceName}</Table.Td>
                  <Table.Td ta="right">{p.dna}</Table.Td><Table.Td>{new Date(p.lastDnaAt).toLocaleDateString('en-GB', { timeZone: 'Europe/London' })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
      </Stack>
    </Paper>
  );
}
