import { useState } from 'react';
import { Badge, Button, Card, Group, Loader, Modal, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatDay, formatTime } from '../../app/london-time.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { useRoleLabel } from '../network/queries.ts';
import { cancelAppointment, type Appointment } from './api.ts';
import { canCancel, canRebook, isUpcoming, STATUS_COLOURS, STATUS_WORDS } from './actions.ts';
import { ModeLabel } from './labels.tsx';
import { useAppointments, useBookingMutation } from './queries.ts';

/** A patient's upcoming appointments (with cancel and rebook) and their history. */
export function PatientAppointments({ patientId, onRebook }: { patientId: string; onRebook: (a: Appointment) => void }) {
  const appointments = useAppointments(patientId);
  const [cancelling, setCancelling] = useState<Appointment | null>(null);
  const [showPast, setShowPast] = useState(false);
  const now = new Date();
  const all = appointments.data ?? [];
  const upcoming = all.filter((a) => isUpcoming(a, now)).sort((a, b) => a.startAt.localeCompare(b.startAt));
  const past = all.filter((a) => !isUpcoming(a, now));

  return (
    <Stack gap="sm" component="section" aria-labelledby="appointments-title">
      <Title order={2} size="h3" id="appointments-title">Appointments</Title>
      {appointments.isLoading && <Loader aria-label="Loading appointments" />}
      {appointments.error && <ProblemAlert error={appointments.error} />}
      <Title order={3} size="h5">Upcoming</Title>
      {appointments.isSuccess && upcoming.length === 0 && <Text size="sm">No upcoming appointments.</Text>}
      <Stack gap="xs" data-testid="upcoming-appointments">
        {upcoming.map((a) => (
          <AppointmentCard key={a.id} appointment={a}>
            {(canCancel(a, now) || canRebook(a, now)) && (
              <Group gap="xs" mt="xs">
                {canRebook(a, now) && <Button size="xs" variant="light" onClick={() => onRebook(a)}>Rebook</Button>}
                {canCancel(a, now) && <Button size="xs" variant="outline" color="red" onClick={() => setCancelling(a)}>Cancel</Button>}
              </Group>
            )}
          </AppointmentCard>
        ))}
      </Stack>
      {past.length > 0 && (
        <>
          <Button variant="subtle" size="compact-sm" onClick={() => setShowPast((v) => !v)} aria-expanded={showPast}>
            {showPast ? 'Hide' : 'Show'} past and cancelled ({past.length})
          </Button>
          {showPast && <Stack gap="xs">{past.map((a) => <AppointmentCard key={a.id} appointment={a} />)}</Stack>}
        </>
      )}
      {cancelling && <CancelDialog appointment={cancelling} onClose={() => setCancelling(null)} />}
    </Stack>
  );
}

function AppointmentCard({ appointment: a, children }: { appointment: Appointment; children?: React.ReactNode }) {
  const roleLabel = useRoleLabel();
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Text fw={700}>{formatDay(a.startAt)} at {formatTime(a.startAt)}</Text>
          <Text size="sm">{a.practitioner.name}, {roleLabel(a.role)}</Text>
          <Text size="sm">{a.site.name} · {a.organisation.name}</Text>
          {a.reason && <Text size="sm" c="dimmed">“{a.reason}”</Text>}
          {a.cancelReason && <Text size="sm" c="dimmed">Cancelled by the {a.cancelledBy}: {a.cancelReason}</Text>}
        </div>
        <Stack gap={4} align="flex-end">
          <Badge color={STATUS_COLOURS[a.status]} variant="light" style={{ textTransform: 'none' }}>{STATUS_WORDS[a.status]}</Badge>
          <ModeLabel mode={a.mode} />
        </Stack>
      </Group>
      {children}
    </Card>
  );
}

function CancelDialog({ appointment: a, onClose }: { appointment: Appointment; onClose: () => void }) {
  const [by, setBy] = useState<'patient' | 'practice'>('patient');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const cancel = useBookingMutation(() => cancelAppointment(a.id, { by, reason: reason.trim() }));
  const missing = reason.trim().length === 0;
  return (
    <Modal opened onClose={onClose} title="Cancel this appointment?" centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          if (missing) return;
          cancel.mutate(undefined, {
            onSuccess: () => {
              notifications.show({ color: 'green', title: 'Appointment cancelled', message: `${formatDay(a.startAt)} at ${formatTime(a.startAt)} is free for someone else.` });
              onClose();
            },
          });
        }}
      >
        <Stack>
          <Text>{formatDay(a.startAt)} at {formatTime(a.startAt)} with {a.practitioner.name}, {a.site.name}</Text>
          {cancel.error && <ProblemAlert error={cancel.error} />}
          <Radio.Group label="Who is cancelling?" value={by} onChange={(v) => setBy(v as 'patient' | 'practice')} required>
            <Group mt="xs">
              <Radio value="patient" label="The patient" />
              <Radio value="practice" label="The practice" />
            </Group>
          </Radio.Group>
          <Textarea label="Reason" withAsterisk maxLength={500} value={reason} onChange={(e) => setReason(e.currentTarget.value)}
            error={touched && missing ? 'Enter why the appointment is cancelled' : undefined} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Keep the appointment</Button>
            <Button type="submit" color="red" loading={cancel.isPending}>Cancel appointment</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
