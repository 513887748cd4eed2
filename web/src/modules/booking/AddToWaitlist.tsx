import { useState } from 'react';
import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { useRoleLabel } from '../network/queries.ts';
import { formatNhsNumber, type Patient } from '../patients/api.ts';
import { usePatientSearch } from '../patients/queries.ts';
import { BOOKABLE_ROLES } from './labels.tsx';
import { useWaitlistChange } from './queries.ts';
import { addToWaitlist } from './waitlist-api.ts';

/** Find the patient, then the role, priority and a note. */
export function AddToWaitlist({ onClose, patient: given }: { onClose: () => void; patient?: { id: string; name: string } }) {
  const [q, setQ] = useState('');
  const [patient, setPatient] = useState<{ id: string; name: string } | null>(given ?? null);
  const [role, setRole] = useState<string | null>('gp');
  const [priority, setPriority] = useState<string>('routine');
  const [note, setNote] = useState('');
  const search = usePatientSearch(patient ? '' : q);
  const roleLabel = useRoleLabel();
  const add = useWaitlistChange(() => addToWaitlist({ patientId: patient!.id, role: role ?? '', priority: priority as 'routine', ...(note.trim() ? { note: note.trim() } : {}) }));
  return (
    <Modal opened onClose={onClose} title="Add a patient to the waitlist" size="lg" centered>
      <form onSubmit={(e) => { e.preventDefault(); add.mutate(undefined, { onSuccess: (x) => { notifications.show({ color: 'green', message: `${x.patientName} is on the waitlist for ${roleLabel(x.role)}.` }); onClose(); } }); }}>
        <Stack>
          {patient ? (
            <Group gap="xs"><Text size="sm">Patient: <b>{patient.name}</b></Text>{!given && <Button size="compact-xs" variant="subtle" onClick={() => setPatient(null)}>Change</Button>}</Group>
          ) : (
            <>
              <TextInput label="Find the patient" description="Name, NHS number, date of birth or postcode" value={q} onChange={(e) => setQ(e.currentTarget.value)} data-autofocus />
              <ProblemAlert error={search.error} />
              {(search.data ?? []).slice(0, 6).map((p: Patient) => (
                <UnstyledButton key={p.id} onClick={() => setPatient({ id: p.id, name: `${p.givenName} ${p.familyName}` })} p="xs" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
                  <Text size="sm"><b>{p.familyName.toUpperCase()}, {p.givenName}</b> · {p.dateOfBirth} · {formatNhsNumber(p.nhsNumber)} · {p.practiceName}</Text>
                </UnstyledButton>
              ))}
            </>
          )}
          <Select label="Waiting to see" required allowDeselect={false} value={role} onChange={setRole} data={BOOKABLE_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} />
          <SegmentedControl value={priority} onChange={setPriority} aria-label="Clinical priority" data={[{ value: 'urgent', label: 'Urgent' }, { value: 'soon', label: 'Soon' }, { value: 'routine', label: 'Routine' }]} />
          <TextInput label="Note for reception (optional)" description="e.g. mornings only" maxLength={500} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <ProblemAlert error={add.error} />
          <Group justify="flex-end"><Button variant="default" onClick={onClose}>Cancel</Button><Button type="submit" disabled={!patient || !role} loading={add.isPending}>Add to the waitlist</Button></Group>
        </Stack>
      </form>
    </Modal>
  );
}
