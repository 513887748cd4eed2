import { Alert, Badge, Button, Divider, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { formatDay, formatTime } from '../../app/london-time.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { useSignedIn } from '../identity/queries.ts';
import { formatNhsNumber } from '../patients/api.ts';
import { useRoleLabel } from '../network/queries.ts';
import { claim, release, type Consultation } from './api.ts';
import { ActionPanel } from './ActionPanel.tsx';
import { JudgementControl } from './JudgementControl.tsx';
import { ACTION_WORDS, ADMIN_KIND_WORDS, EVENT_WORDS, OUTCOME_WORDS, slaClock, STATUS_WORDS, TYPE_WORDS, URGENCY_COLOURS, URGENCY_WORDS } from './labels.ts';
import { useConsultation, useConsultationMutation } from './queries.ts';

const when = (iso: string) => `${formatDay(iso)} ${formatTime(iso)}`;

/** One request: patient summary, their words, answers and scores, the engine's reasoning, history; claim it and act. */
export function RequestDetail({ id }: { id: string; onClose: () => void }) {
  const session = useSignedIn();
  const query = useConsultation(id);
  const claimIt = useConsultationMutation(() => claim(id));
  const releaseIt = useConsultationMutation(() => release(id));
  if (query.isPending) return <Loader aria-label="Loading the request" />;
  if (query.error) return <ProblemAlert error={query.error} />;
  const c = query.data!;
  const mine = c.claimedBy?.staffId === session.staffId;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{c.patient.name} <Text span c="dimmed" size="md">{c.reference}</Text></Title>
          <Group gap="xs" mt={4}>
            <Badge color={URGENCY_COLOURS[c.urgency]}>{URGENCY_WORDS[c.urgency]}</Badge>
            <Badge variant="light">{TYPE_WORDS[c.type]}{c.adminKind ? `: ${ADMIN_KIND_WORDS[c.adminKind] ?? c.adminKind}` : ''}</Badge>
            <Badge variant="outline">{STATUS_WORDS[c.status]}</Badge>
            <Text size="sm" c={c.overdue ? 'red.8' : undefined} fw={c.overdue ? 700 : undefined}>{slaClock(c.minutesLeft, c.status)} (due {when(c.dueAt)})</Text>
          </Group>
        </div>
        {c.status !== 'closed' && (
          <Group>
            {!mine && <Button onClick={() => claimIt.mutate(undefined)} loading={claimIt.isPending}>{c.claimedBy ? 'Take over' : 'Claim'}</Button>}
            {mine && <Button variant="default" onClick={() => releaseIt.mutate(undefined)} loading={releaseIt.isPending}>Release</Button>}
          </Group>
        )}
      </Group>
      <ProblemAlert error={claimIt.error ?? releaseIt.error} />
      {c.claimedBy && !mine && c.status !== 'closed' && <Alert color="yellow">{c.claimedBy.name} is working on this request (since {when(c.claimedAt!)}). A claim lapses after 30 minutes.</Alert>}
      <PatientSummary c={c} />
      <Paper withBorder p="md">
        <Title order={3} size="h4">In their words</Title>
        <Text size="xs" c="dimmed">Sent {when(c.submittedAt)} by {c.submittedBy === 'proxy' ? `${c.proxyName} (${c.proxyRelationship})` : c.submittedBy} via {c.channel}</Text>
        <Text mt="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{c.description}</Text>
      </Paper>
      <Triage c={c} />
      {mine && <JudgementControl c={c} />}
      {Object.keys(c.answers).length > 0 && <Answers c={c} />}
      {mine && c.status !== 'closed' && <ActionPanel c={c} />}
      {c.outcome && <Alert color="green" title="Outcome">{OUTCOME_WORDS[c.outcome] ?? c.outcome}{c.outcomeNote ? ` — ${c.outcomeNote}` : ''}</Alert>}
      <History c={c} />
    </Stack>
  );
}

function PatientSummary({ c }: { c: Consultation }) {
  const p = c.patientSummary;
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
        <Text size="sm"><b>NHS number</b><br />{formatNhsNumber(p.nhsNumber)}</Text>
        <Text size="sm"><b>Born</b><br />{p.dateOfBirth} ({p.age}, {p.sex})</Text>
        <Text size="sm"><b>Registered at</b><br />{p.practiceName}</Text>
        <Text size="sm"><b>Phone</b><br />{p.phone ?? '—'}</Text>
        <Text size="sm"><b>Prefers</b><br />{p.communicationPreferences.join(', ') || '—'}</Text>
        {(p.interpreterLanguage || p.reasonableAdjustments) && <Text size="sm"><b>Needs</b><br />{[p.interpreterLanguage && `Interpreter: ${p.interpreterLanguage}`, p.reasonableAdjustments].filter(Boolean).join('; ')}</Text>}
      </SimpleGrid>
    </Paper>
  );
}

function Triage({ c }: { c: Consultation }) {
  const roleLabel = useRoleLabel();
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4">Triage</Title>
      {c.triage.redFlags.length > 0 && (
        <Group gap={4} my="xs">{c.triage.redFlags.map((f) => <Badge key={f.id} color="red" title={f.source}>{f.label}</Badge>)}</Group>
      )}
      <Text size="sm">{c.triage.rationale}</Text>
      <Text size="xs" c="dimmed" mt="xs">
        Engine: {c.triage.urgency}, {c.triage.role}; assigned to {c.assignedRole === 'admin' ? 'admin team' : roleLabel(c.assignedRole)} at {c.assignedPracticeName}. Rules {c.triage.rulesVersion}: {c.triage.matchedRules.join(', ')}
        {c.triage.warnings.length > 0 && `. Warnings: ${c.triage.warnings.join(', ')}`}
      </Text>
      {(c.phq9 || c.gad7) && (
        <Group mt="sm">
          {c.phq9 && <Badge size="lg" color={c.phq9.item9 ? 'red' : 'grape'} variant="light">PHQ-9 {c.phq9.total} ({c.phq9.band}{c.phq9.complete ? '' : ', incomplete'}){c.phq9.item9 ? ` · item 9 = ${c.phq9.item9}` : ''}</Badge>}
          {c.gad7 && <Badge size="lg" color="grape" variant="light">GAD-7 {c.gad7.total} ({c.gad7.band}{c.gad7.complete ? '' : ', incomplete'})</Badge>}
        </Group>
      )}
    </Paper>
  );
}

function Answers({ c }: { c: Consultation }) {
  const text = (v: string | number | boolean) => (v === true ? 'Yes' : v === false ? 'No' : String(v));
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4">Answers</Title>
      <Table>
        <Table.Tbody>
          {Object.entries(c.answers).map(([k, v]) => (
            <Table.Tr key={k}><Table.Td><Text size="sm">{c.answerLabels[k] ?? k}</Text></Table.Td><Table.Td><Text size="sm" fw={600}>{text(v)}</Text></Table.Td></Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function History({ c }: { c: Consultation }) {
  return (
    <>
      <Divider label="History" labelPosition="left" />
      <Timeline bulletSize={12} lineWidth={2}>
        {c.history.map((e) => (
          <Timeline.Item key={e.id} title={ACTION_WORDS[e.type as keyof typeof ACTION_WORDS] ?? EVENT_WORDS[e.type] ?? e.type.replace(/-/g, ' ')}>
            <Text size="xs" c="dimmed">{when(e.at)} · {e.by?.name ?? (e.byPatient ? 'patient' : 'system')}{e.toStatus && e.fromStatus !== e.toStatus ? ` · ${e.fromStatus ?? '—'} → ${e.toStatus}` : ''}</Text>
            {e.note && <Text size="sm">{e.note}</Text>}
          </Timeline.Item>
        ))}
      </Timeline>
    </>
  );
}
