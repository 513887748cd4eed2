import { useState } from 'react';
import { Alert, Anchor, Button, Checkbox, FileInput, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Problem } from '../../api/client.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { useSignedIn } from '../identity/queries.ts';
import { useNetwork } from '../network/queries.ts';
import { importPatients, type ImportReport } from './api.ts';

/**
 * Upload a practice's patient list (CSV): check it first, then import. All rows or none, unless
 * "valid rows only" is ticked; every bad cell is listed by row and column (docs/patients.md).
 */
export function PatientImportPage() {
  const session = useSignedIn();
  const network = useNetwork();
  const active = session.organisations.find((o) => o.id === session.activeOrganisationId);
  const practices = (network.data?.organisations ?? []).filter((o) => o.kind === 'practice' && (active?.kind === 'pcn' || o.id === active?.id));
  const [file, setFile] = useState<File | null>(null);
  const [practiceId, setPracticeId] = useState<string | null>(active?.kind === 'practice' ? active.id : null);
  const [validRowsOnly, setValidRowsOnly] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);

  const run = useMutation({
    mutationFn: async (dryRun: boolean) => importPatients({ csv: await file!.text(), practiceId: practiceId ?? undefined, dryRun, validRowsOnly: !dryRun && validRowsOnly }),
    onMutate: () => setReport(null),
    onSuccess: setReport,
    // A refused import (422) carries the same report: show its rows rather than only the headline.
    onError: (e) => { if (e instanceof Problem && e.body.report) setReport(e.body.report as ImportReport); },
  });

  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/patients" size="sm">← Find a patient</Anchor>
      <Title order={1}>Import a patient list</Title>
      <Text>
        A CSV file with a header row: NHS Number, Surname, Forename, DOB (DD/MM/YYYY or YYYY-MM-DD), and optionally Sex, Postcode,
        Practice ODS, Address, Phone and Email. Check the file first: nothing is written until every row is right.
      </Text>
      <Paper withBorder p="lg">
        <Stack>
          <FileInput label="Patient list (CSV)" accept=".csv,text/csv" value={file} onChange={(f) => { setFile(f); setReport(null); }} clearable />
          <Select
            label="Practice for rows without a Practice ODS column" data={practices.map((o) => ({ value: o.id, label: `${o.name} (${o.odsCode})` }))}
            value={practiceId} onChange={setPracticeId} clearable
          />
          <Checkbox label="Import the valid rows only, and list the others" checked={validRowsOnly} onChange={(e) => setValidRowsOnly(e.currentTarget.checked)} />
          <Group>
            <Button variant="outline" disabled={!file} loading={run.isPending && run.variables === true} onClick={() => run.mutate(true)}>Check the file</Button>
            <Button disabled={!file} loading={run.isPending && run.variables === false} onClick={() => run.mutate(false)}>Import</Button>
          </Group>
        </Stack>
      </Paper>
      {run.error && !(run.error instanceof Problem && run.error.body.report) && <ProblemAlert error={run.error} title="The file could not be imported" />}
      {report && <ImportReportView report={report} />}
    </Stack>
  );
}

function ImportReportView({ report: r }: { report: ImportReport }) {
  const failed = r.rows - r.valid;
  const summary = r.dryRun
    ? `Checked ${r.rows} rows: ${r.valid} can be imported${failed ? `, ${failed} have errors` : ''}. Nothing was written.`
    : r.imported === 0 && failed
      ? `${failed} of ${r.rows} rows have errors, so nothing was imported. Correct them and try again, or import the valid rows only.`
      : `Imported ${r.imported} patients${failed ? `; ${failed} rows with errors were left out` : ''}.`;
  return (
    <Stack aria-live="polite">
      <Alert color={r.errors.length ? (r.imported ? 'yellow' : 'red') : 'green'} title={r.dryRun ? 'File checked' : 'Import finished'}>{summary}</Alert>
      {r.errors.length > 0 && (
        <Table striped withTableBorder aria-label="Rows with errors">
          <Table.Thead><Table.Tr><Table.Th>Row</Table.Th><Table.Th>Column</Table.Th><Table.Th>Problem</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {r.errors.slice(0, 500).map((e, i) => <Table.Tr key={i}><Table.Td>{e.row}</Table.Td><Table.Td>{e.column}</Table.Td><Table.Td>{e.problem}</Table.Td></Table.Tr>)}
          </Table.Tbody>
        </Table>
      )}
      {r.errors.length > 500 && <Text c="dimmed">… and {r.errors.length - 500} more. Fix these first, then check the file again.</Text>}
    </Stack>
  );
}
