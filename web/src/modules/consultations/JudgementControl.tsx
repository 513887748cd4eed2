import { useState } from 'react';
import { Badge, Button, Group, Select, Text } from '@mantine/core';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { judge, JUDGED_ROLES, type Consultation, type Urgency } from './api.ts';
import { URGENCY_WORDS } from './labels.ts';
import { useConsultationMutation } from './queries.ts';

const ROLE_WORDS: Record<string, string> = {
  gp: 'GP', nurse: 'Nurse', pharmacist: 'Pharmacist', physiotherapist: 'Physiotherapist', paramedic: 'Paramedic',
  'mental-health-practitioner': 'Mental health', 'social-prescriber': 'Social prescriber', admin: 'Admin team', 'emergency-services': '999 / A&E',
};
const VERDICT: Record<string, { label: string; color: string }> = {
  agrees: { label: 'engine agreed', color: 'green' }, 'under-triage': { label: 'engine under-triaged', color: 'red' }, 'over-triage': { label: 'engine over-triaged', color: 'yellow' },
};

/**
 * "Your judgement: urgency / role": what the clinician working the request judged, recorded beside the
 * engine's verdict so the queue's metrics can show the engine's live under- and over-triage.
 */
export function JudgementControl({ c }: { c: Consultation }) {
  const [urgency, setUrgency] = useState<string | null>(c.judgement?.urgency ?? null);
  const [role, setRole] = useState<string | null>(c.judgement?.role ?? null);
  const save = useConsultationMutation(() => judge(c.id, { urgency: urgency as Urgency, role: role! }));
  const j = c.judgement;
  return (
    <div>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Text size="sm" fw={600} mb={6}>Your judgement:</Text>
        <Select aria-label="Urgency you judged" placeholder="Urgency" size="xs" w={170} data={Object.entries(URGENCY_WORDS).map(([value, label]) => ({ value, label }))} value={urgency} onChange={setUrgency} />
        <Text size="sm" mb={6}>/</Text>
        <Select aria-label="First-contact role you judged" placeholder="Role" size="xs" w={170} data={JUDGED_ROLES.map((r) => ({ value: r, label: ROLE_WORDS[r] }))} value={role} onChange={setRole} />
        <Button size="xs" variant="light" disabled={!urgency || !role} loading={save.isPending} onClick={() => save.mutate(undefined)}>{j ? 'Update' : 'Record'}</Button>
        {j && <Badge color={VERDICT[j.urgencyVerdict].color} variant="light">{VERDICT[j.urgencyVerdict].label}{j.roleAgrees ? '' : ', role differs'}</Badge>}
      </Group>
      <ProblemAlert error={save.error} />
    </div>
  );
}
