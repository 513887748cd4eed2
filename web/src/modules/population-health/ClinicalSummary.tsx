import { Badge, Group, List, Loader, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Problem } from '../../api/client.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { fetchClinicalSummary, type ClinicalSummary as Summary } from './api.ts';
import { RecordForms } from './RecordForms.tsx';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** The newest reading of each kind (the API sends newest first), blood pressure as one line. */
function latestReadings(observations: Summary['observations']) {
  const seen = new Map<string, Summary['observations'][number]>();
  for (const o of observations) if (!seen.has(o.kind)) seen.set(o.kind, o);
  const dia = seen.get('bp-diastolic');
  seen.delete('bp-diastolic');
  return [...seen.values()].slice(0, 8).map((o) => ({
    key: o.kind, when: o.observedOn,
    text: o.kind === 'bp-systolic' && dia?.observedOn === o.observedOn ? `Blood pressure ${o.value}/${dia.value} mmHg` : `${o.name}${o.value === null ? '' : ` ${o.value}${o.unit ? ` ${o.unit}` : ''}`}`,
  }));
}

/**
 * The clinical summary on a patient's page: problems, current medicines, active allergies and recent
 * readings, for a clinician with a legitimate relationship (the server checks it and audits the read;
 * someone without one sees why, not the record), with the forms to record a reading, a problem or an
 * allergy below it (RecordForms).
 */
export function ClinicalSummary({ patientId }: { patientId: string }) {
  const q = useQuery({ queryKey: ['population-health', 'patient', patientId], queryFn: () => fetchClinicalSummary(patientId), retry: false });
  if (q.isLoading) return <Loader size="sm" aria-label="Loading the clinical summary" />;
  if (q.error instanceof Problem && q.error.status === 403) return <Text size="sm" c="dimmed">Clinical summary not shown: {q.error.detail || 'you have no care relationship with this patient.'}</Text>;
  if (q.error || !q.data) return <ProblemAlert error={q.error} />;
  const s = q.data;
  const problems = s.conditions.filter((c) => !c.resolved);
  const medicines = s.medications.filter((m) => !m.endedOn);
  const readings = latestReadings(s.observations);
  return (
    <>
    <Paper withBorder p="md" aria-labelledby="clinical-summary">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="clinical-summary">Clinical summary</Title>
        <Group gap={6}>
          {s.registers.map((r) => <Badge key={r.id} variant="light" color={r.dueForReview ? 'orange' : 'blue'}>{r.name}{r.dueForReview ? ' · review due' : ''}</Badge>)}
          {s.frailty && <Badge variant="light" color={s.frailty.category === 'severe' || s.frailty.category === 'moderate' ? 'red' : 'gray'}>Frailty: {s.frailty.category} (eFI {s.frailty.score})</Badge>}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 4 }}>
        <Section title="Problems" empty="No active problems recorded">
          {problems.map((c) => <List.Item key={c.id}>{c.display ?? `SNOMED ${c.code}`} <Text span size="xs" c="dimmed">since {day(c.onset)}</Text></List.Item>)}
        </Section>
        <Section title="Current medicines" empty="No current medicines recorded">
          {medicines.map((m) => <List.Item key={m.id}>{m.name} <Text span size="xs" c="dimmed">{m.repeat ? 'repeat' : 'acute'}, from {day(m.startedOn)}</Text></List.Item>)}
        </Section>
        <Section title="Allergies" empty="None recorded in Commons (check the GP record)">
          {s.allergies.filter((a) => a.active).map((a) => <List.Item key={a.id} c="red.8">{a.display}{a.reaction ? `: ${a.reaction}` : ''} <Text span size="xs" c="dimmed">recorded {day(a.recordedOn)}</Text></List.Item>)}
        </Section>
        <Section title="Recent readings" empty="No readings recorded">
          {readings.map((r) => <List.Item key={r.key}>{r.text} <Text span size="xs" c="dimmed">{day(r.when)}</Text></List.Item>)}
        </Section>
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt="xs">{s.lastReviewOn ? `Last review ${day(s.lastReviewOn)}.` : 'No review recorded.'} Your viewing is recorded in the audit log.</Text>
    </Paper>
    <RecordForms patientId={patientId} />
    </>
  );
}

function Section({ title, empty, children }: { title: string; empty: string; children: ReactNode[] }) {
  return (
    <div>
      <Text fw={600} size="sm">{title}</Text>
      {children.length ? <List size="sm" spacing={2}>{children}</List> : <Text size="sm" c="dimmed">{empty}</Text>}
    </div>
  );
}
