import { Alert, List, Text } from '@mantine/core';
import { Problem } from '../api/client.ts';
import { IconAlert } from './icons.tsx';

// Field names on the wire → the words people see on screen.
const FIELD_WORDS: Record<string, string> = {
  slotId: 'Slot', patientId: 'Patient', reason: 'Reason', email: 'Email address', password: 'Password', q: 'Search',
  staffId: 'Staff member', siteId: 'Site', serviceId: 'Service', organisationId: 'Organisation', weekday: 'Day of the week',
  startTime: 'Start time', endTime: 'End time', slotMinutes: 'Slot length', channels: 'Who can book', networkShare: 'Network share',
  embargoHours: 'Embargo', startsAt: 'From', endsAt: 'Until', weeks: 'Weeks', name: 'Session name', date: 'Date', from: 'From', to: 'To',
};

/** "/body/slotMinutes" → "Slot length". */
export function fieldLabel(pointer: string): string {
  const last = pointer.split('/').filter(Boolean).filter((p) => !['body', 'querystring', 'params', 'headers'].includes(p)).pop() ?? '';
  return FIELD_WORDS[last] ?? last.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}

/** Plain-English words for the problems people meet most; otherwise the server's own detail. */
function headline(p: Problem): string {
  if (p.status === 0) return 'No connection to Commons';
  if (p.code === 'booking/slot-taken') return 'Someone else has just booked that slot';
  if (p.code === 'identity/csrf') return 'Your session needs refreshing';
  if (p.status === 401) return 'Please sign in again';
  if (p.status === 403) return 'You are not allowed to do that';
  if (p.status === 404) return 'We could not find that';
  if (p.status === 429) return 'Too many attempts';
  if (p.status >= 500) return 'Something went wrong on our side';
  return p.title || 'That did not work';
}

/** Shows a problem's detail and each field error, in words someone at a front desk can act on. */
export function ProblemAlert({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  const p = error instanceof Problem ? error : new Problem({ title: 'Something went wrong', detail: error instanceof Error ? error.message : String(error) });
  // A schema failure's detail is written for programmers ("/body/x must be …"): list its fields in words
  // instead. A domain problem's detail is already a sentence for people; its field list only repeats it.
  const validation = p.code === 'validation' || !p.detail;
  const fieldErrors = validation ? p.errors.filter((e) => e.pointer) : [];
  return (
    <Alert color="red" variant="light" title={title ?? headline(p)} icon={<IconAlert />} role="alert">
      {p.detail && fieldErrors.length === 0 && <Text size="sm">{p.detail}</Text>}
      {fieldErrors.length > 0 && (
        <List size="sm" spacing={2}>
          {fieldErrors.map((e) => (
            <List.Item key={e.pointer + e.detail}>
              <strong>{fieldLabel(e.pointer)}</strong> {e.detail}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
