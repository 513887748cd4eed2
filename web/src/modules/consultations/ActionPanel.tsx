import { useState } from 'react';
import { Button, Checkbox, Group, Paper, SegmentedControl, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { formatDay, formatTime } from '../../app/london-time.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { useSlots } from '../booking/queries.ts';
import { useNetwork, useRoleLabel } from '../network/queries.ts';
import { act, type ActionInput, type ActionType, type Consultation } from './api.ts';
import { ACTION_WORDS, ASSIGNABLE_ROLES, CLOSE_OUTCOMES, OUTCOME_WORDS } from './labels.ts';
import { useConsultationMutation } from './queries.ts';

const ACTIONS: ActionType[] = ['reply', 'book', 'admin-done', 'reassign', 'signpost', 'refer-social-prescribing', 'close'];

/** What the clinician holding a request can do with it. Every action is recorded in its history. */
export function ActionPanel({ c }: { c: Consultation }) {
  const [type, setType] = useState<ActionType>(c.type === 'admin' ? 'admin-done' : 'reply');
  const [message, setMessage] = useState('');
  const [note, setNote] = useState('');
  const [role, setRole] = useState<string | null>(c.assignedRole === 'admin' ? 'gp' : c.assignedRole);
  const [practiceId, setPracticeId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [consent, setConsent] = useState(false);
  const mutation = useConsultationMutation((body: ActionInput) => act(c.id, body));
  const roleLabel = useRoleLabel();
  const network = useNetwork();
  const practices = (network.data?.organisations ?? []).filter((o) => o.kind === 'practice');
  const run = (extra: Partial<ActionInput> = {}) => mutation.mutate({
    type, ...(message.trim() ? { message: message.trim() } : {}), ...(note.trim() ? { note: note.trim() } : {}), ...extra,
  }, { onSuccess: () => { setMessage(''); setNote(''); } });

  const sendsMessage = type === 'reply' || type === 'admin-done' || type === 'close' || type === 'signpost' || type === 'refer-social-prescribing';
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3} size="h4">Act on this request</Title>
        <SegmentedControl value={type} onChange={(v) => setType(v as ActionType)} data={ACTIONS.map((a) => ({ value: a, label: ACTION_WORDS[a] }))} fullWidth orientation="vertical" />
        {type === 'book' && <BookPanel c={c} role={role} setRole={setRole} book={(slotId) => run(slotId ? { slotId } : { role: role ?? undefined })} busy={mutation.isPending} />}
        {type === 'reassign' && (
          <Group grow>
            <Select label="To role" data={ASSIGNABLE_ROLES.map((r) => ({ value: r, label: r === 'admin' ? 'Admin team' : roleLabel(r) }))} value={role} onChange={setRole} />
            <Select label="At practice" placeholder="Keep the same practice" clearable data={practices.map((p) => ({ value: p.id, label: p.name }))} value={practiceId} onChange={setPracticeId} />
          </Group>
        )}
        {type === 'refer-social-prescribing' && (
          <Checkbox label="The patient agreed to be referred to a social prescribing link worker" checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} />
        )}
        {type === 'close' && <Select label="Outcome" required data={CLOSE_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_WORDS[o] }))} value={outcome} onChange={setOutcome} />}
        {sendsMessage && (
          <Textarea label={type === 'reply' ? 'Message to the patient' : 'Message to the patient (optional)'} description="Sent by their preferred channel. Plain words; no clinical detail in a text message."
            autosize minRows={3} maxLength={2000} value={message} onChange={(e) => setMessage(e.currentTarget.value)} required={type === 'reply'} />
        )}
        <Textarea label="Note for the record (not sent)" autosize minRows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <ProblemAlert error={mutation.error} />
        {type !== 'book' && (
          <Group>
            <Button loading={mutation.isPending} onClick={() => run(type === 'reassign' ? { role: role ?? undefined, practiceId: practiceId ?? undefined } : type === 'close' ? { outcome: outcome ?? undefined } : type === 'refer-social-prescribing' ? { consent } : {})}>
              {ACTION_WORDS[type]}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** The earliest suitable slots for a role across the whole network (booking module), or book the very first. */
function BookPanel({ c, role, setRole, book, busy }: { c: Consultation; role: string | null; setRole: (r: string | null) => void; book: (slotId?: string) => void; busy: boolean }) {
  const roleLabel = useRoleLabel();
  const slots = useSlots({ role: role ?? undefined, patientId: c.patient.id, limit: 5 }, !!role);
  return (
    <Stack gap="xs">
      <Select label="With" data={ASSIGNABLE_ROLES.filter((r) => r !== 'admin').map((r) => ({ value: r, label: roleLabel(r) }))} value={role} onChange={setRole} />
      <ProblemAlert error={slots.error} />
      {slots.data && slots.data.items.length === 0 && <Text size="sm">No free slots for this role that you can book. Reassign or reply instead.</Text>}
      {slots.data && slots.data.items.length > 0 && (
        <Table>
          <Table.Tbody>
            {slots.data.items.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td><Text size="sm" fw={600}>{formatDay(s.startAt)} {formatTime(s.startAt)}</Text></Table.Td>
                <Table.Td><Text size="sm">{s.practitioner.name}, {s.site.name}</Text><Text size="xs" c="dimmed">{s.mode}</Text></Table.Td>
                <Table.Td><Button size="xs" variant="light" disabled={busy} onClick={() => book(s.id)}>Book this</Button></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group><Button loading={busy} disabled={!role} onClick={() => book()}>Book the earliest slot</Button></Group>
    </Stack>
  );
}
