import { useState } from 'react';
import { AddToWaitlist } from '../booking/AddToWaitlist.tsx';
import { Anchor, Button, Grid, Group, Loader, Stack } from '@mantine/core';
import { useCan } from '../identity/queries.ts';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import type { Appointment } from '../booking/api.ts';
import { PatientAppointments } from '../booking/PatientAppointments.tsx';
import { SlotFinder } from '../booking/SlotFinder.tsx';
import { PatientBanner } from './PatientBanner.tsx';
import { usePatient } from './queries.ts';
import { ReferButton } from '../social-prescribing/ReferButton.tsx';
import { ClinicalSummary } from '../population-health/ClinicalSummary.tsx';

/** One patient: who they are, their appointments, and the network's earliest slots ready to book. */
export function PatientPage() {
  const { patientId = '' } = useParams();
  const patient = usePatient(patientId);
  const [rebooking, setRebooking] = useState<Appointment | null>(null);
  const canEdit = useCan('patients:write');
  const canNavigate = useCan('navigation:record');
  const canRefer = useCan('social-prescribing:refer');
  const canWaitlist = useCan('appointments:book');
  const canSeeClinical = useCan('population-health:patients');
  const [waitlisting, setWaitlisting] = useState(false);

  if (patient.isLoading) return <Loader aria-label="Loading the patient" />;
  if (patient.error || !patient.data) return <ProblemAlert error={patient.error} />;
  return (
    <Stack>
      <Group justify="space-between">
        <Anchor component={Link} to="/patients" size="sm">← Find another patient</Anchor>
        <Group gap="xs">
          {canNavigate && <Button component={Link} to={`/navigation?patientId=${patientId}`} size="xs">Record navigation contact</Button>}
          {canRefer && <ReferButton patientId={patientId} />}
          {canWaitlist && <Button size="xs" variant="light" onClick={() => setWaitlisting(true)}>Add to waitlist</Button>}
          {canEdit && <Button component={Link} to={`/patients/${patientId}/edit`} variant="light" size="xs">Change details</Button>}
        </Group>
      </Group>
      <PatientBanner patient={patient.data} />
      {canSeeClinical && <ClinicalSummary patientId={patient.data.id} />}
      {canSeeClinical && <Anchor component={Link} to={`/population-health/monitoring/${patient.data.id}`} size="sm">Home readings and thresholds</Anchor>}
      {waitlisting && <AddToWaitlist patient={{ id: patient.data.id, name: `${patient.data.givenName} ${patient.data.familyName}` }} onClose={() => setWaitlisting(false)} />}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <SlotFinder
            key={rebooking?.id ?? 'new'}
            patient={patient.data}
            rebooking={rebooking}
            onCancelRebook={() => setRebooking(null)}
            onBooked={() => setRebooking(null)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <PatientAppointments patientId={patient.data.id} onRebook={(a) => { setRebooking(a); window.scrollTo({ top: 0, behavior: 'smooth' }); }} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
