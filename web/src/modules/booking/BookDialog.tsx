import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { newIdempotencyKey, Problem } from '../../api/client.ts';
import { formatDay, formatTime } from '../../app/london-time.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import type { Patient } from '../patients/api.ts';
import { bookAppointment, rescheduleAppointment, type Appointment, type Slot } from './api.ts';
import { ChannelBadge, ModeLabel } from './labels.tsx';
import { useBookingMutation } from './queries.ts';

interface Props {
  slot: Slot;
  patient: Patient;
  /** Set when moving an existing appointment to this slot. */
  rebooking?: Appointment | null;
  roleLabel: (role: string) => string;
  onClose: () => void;
  onBooked: (a: Appointment) => void;
}

/**
 * Confirm a booking. One Idempotency-Key per dialog: a double click or a retry after a dropped
 * connection returns the first booking instead of making a second one. A slot taken meanwhile (409)
 * refreshes the slot list (every booking write does, see useBookingMutation).
 */
export function BookDialog({ slot, patient, rebooking, roleLabel, onClose, onBooked }: Props) {
  const [key] = useState(newIdempotencyKey);
  const [reason, setReason] = useState(rebooking?.reason ?? '');
  const book = useBookingMutation((r: string) =>
    rebooking
      ? rescheduleAppointment(rebooking.id, { slotId: slot.id, reason: r.trim() || undefined, by: 'patient' }, key)
      : bookAppointment({ slotId: slot.id, patientId: patient.id, reason: r.trim() || undefined }, key),
  );
  const taken = book.error instanceof Problem && book.error.status === 409;
  const name = `${patient.givenName} ${patient.familyName}`;

  return (
    <Modal opened onClose={onClose} title={rebooking ? 'Move the appointment to this time?' : 'Book this appointment?'} size="lg" centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          book.mutate(reason, {
            onSuccess: (appt) => {
              notifications.show({ color: 'green', title: rebooking ? 'Appointment moved' : 'Appointment booked', message: `${name}: ${formatDay(appt.startAt)} at ${formatTime(appt.startAt)}, ${appt.site.name}.` });
              onBooked(appt);
            },
          });
        }}
      >
        <Stack>
          <Stack gap={4} data-testid="booking-summary">
            <Text size="lg" fw={700}>{formatDay(slot.startAt)} at {formatTime(slot.startAt)} ({slot.durationMinutes} minutes)</Text>
            <Text>{slot.practitioner.name}, {roleLabel(slot.role)} · {slot.service.name}</Text>
            <Text>{slot.site.name}{slot.site.postcode ? `, ${slot.site.postcode}` : ''} · {slot.organisation.name}</Text>
            <Group gap="sm"><ModeLabel mode={slot.mode} /><ChannelBadge channel={slot.channel} /></Group>
            <Text>For <strong>{name}</strong></Text>
          </Stack>
          {book.error && <ProblemAlert error={book.error} title={taken ? 'Someone else has just booked that slot' : undefined} />}
          {taken ? (
            <Group justify="flex-end">
              <Button onClick={onClose}>Choose another slot</Button>
            </Group>
          ) : (
            <>
              <Textarea
                label="Reason for the appointment (optional)"
                description="In plain words, as the patient said it. No clinical detail."
                maxLength={500}
                autosize
                minRows={2}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                data-autofocus
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>Cancel</Button>
                <Button type="submit" loading={book.isPending}>{rebooking ? 'Move appointment' : 'Book'}</Button>
              </Group>
            </>
          )}
        </Stack>
      </form>
    </Modal>
  );
}
