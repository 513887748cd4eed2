import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Anchor, Badge, Button, Checkbox, Group, Loader, MultiSelect, Paper, Radio, SegmentedControl, Select, Stack, Text, Textarea, TextInput, Title, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { newIdempotencyKey } from '../../api/client.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { formatNhsNumber, type Patient } from '../patients/api.ts';
import { usePatient, usePatientSearch } from '../patients/queries.ts';
import { SlotFinder } from '../booking/SlotFinder.tsx';
import { useRoleLabel } from '../network/queries.ts';
import type { Contact, ContactInput, Decision } from './api.ts';
import { DECISION_WORDS, REDIRECT_WORDS, REFERRAL_REASON_WORDS } from './labels.ts';
import { useNeeds, useRecordContact, useSuggestions } from './queries.ts';
import { TextOfferButton } from './TextOfferButton.tsx';

const ALL_DECISIONS: Decision[] = ['booked', 'online-consultation', 'pharmacy-self-care', 'signposted', 'social-prescribing', 'redirected'];
const ALL_REDIRECTS = ['111', 'a-and-e', '999', 'dentist', 'optician', 'pharmacy', 'other'] as const;

/**
 * A navigation contact in a few keystrokes: the caller's words, the need (type to filter, Enter),
 * the decision (suggested ones first), and only the one or two fields that decision needs.
 * Ctrl+Enter saves. The form times itself so the network can see how long recording takes.
 */
export function ContactForm({ patientId, onSaved }: { patientId?: string; onSaved?: (c: Contact) => void }) {
  const needs = useNeeds();
  const roleLabel = useRoleLabel();
  const started = useRef(Date.now());
  const [key, setKey] = useState(newIdempotencyKey);
  const [patient, setPatient] = useState<Patient | null>(null);
  const given = usePatient(patientId ?? '', { enabled: !!patientId });
  useEffect(() => { if (given.data) setPatient(given.data); }, [given.data]);
  const [channel, setChannel] = useState<'phone' | 'desk' | 'online'>('phone');
  const [callerLabel, setCallerLabel] = useState('');
  const [reason, setReason] = useState('');
  const [need, setNeed] = useState<string | null>(null);
  const [decision, setDecision] = useState<Decision | null>(null);
  const [role, setRole] = useState<string | null>(null);
  const [appointmentId, setAppointmentId] = useState<string | null>(null);
  const [offerId, setOfferId] = useState<string | null>(null);
  const [offerName, setOfferName] = useState('');
  const [redirectTo, setRedirectTo] = useState<string | null>(null);
  const [reasons, setReasons] = useState<string[]>([]);
  const [consent, setConsent] = useState(false);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<Contact | null>(null);
  const save = useRecordContact();
  const needInfo = needs.data?.needs.find((n) => n.id === need) ?? null;
  const suggestions = useSuggestions(need);

  // A new need brings its suggestions: the first decision, role, redirection and referral reasons.
  useEffect(() => {
    if (!needInfo) return;
    setDecision(needInfo.decisions[0] ?? null);
    setRole(needInfo.roles[0] ?? null);
    setRedirectTo(needInfo.redirects[0] ?? null);
    setReasons(needInfo.referralReasons.length ? needInfo.referralReasons : ['other']);
  }, [needInfo]);

  const decisions = useMemo(() => {
    const suggested = needInfo?.decisions ?? [];
    return [...suggested, ...ALL_DECISIONS.filter((d) => !suggested.includes(d))];
  }, [needInfo]);

  const submit = () => {
    if (!need || !decision || !reason.trim()) return;
    const body: ContactInput = {
      channel, reason: reason.trim(), need: need as ContactInput['need'], decision,
      ...(patient ? { patientId: patient.id } : callerLabel.trim() ? { callerLabel: callerLabel.trim() } : {}),
      ...(decision === 'booked' && role ? { bookedRole: role as ContactInput['bookedRole'] } : {}),
      ...(decision === 'booked' && appointmentId ? { appointmentId } : {}),
      ...(decision === 'signposted' && offerId ? { offerId } : {}),
      ...(decision === 'signposted' && !offerId && offerName.trim() ? { offerName: offerName.trim() } : {}),
      ...(decision === 'redirected' && redirectTo ? { redirectTo: redirectTo as ContactInput['redirectTo'] } : {}),
      ...(decision === 'social-prescribing' ? { referral: { consent, reasons: reasons as NonNullable<ContactInput['referral']>['reasons'] } } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
      secondsToRecord: Math.round((Date.now() - started.current) / 1000),
    };
    save.mutate({ body, key }, {
      onSuccess: (c) => {
        setSaved(c);
        onSaved?.(c);
        setKey(newIdempotencyKey());
        setReason(''); setNeed(null); setDecision(null); setNote(''); setConsent(false); setAppointmentId(null); setOfferId(null); setOfferName(''); setCallerLabel('');
        started.current = Date.now();
      },
    });
  };

  if (patientId && given.isLoading) return <Loader aria-label="Loading the patient" />;
  return (
    <Paper withBorder p="md" component="form" onSubmit={(e) => { e.preventDefault(); submit(); }}
      onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); submit(); } }}>
      <Stack>
        <Title order={2} size="h3">Record a navigation contact</Title>
        {saved && (
          <Alert color="green" title="Contact recorded" withCloseButton onClose={() => setSaved(null)}>
            {saved.patientName ?? saved.callerLabel ?? 'Caller'}: {saved.needLabel} → {DECISION_WORDS[saved.decision]}
            {saved.socialPrescribingReferralId && <> · <Anchor component={Link} to={`/social-prescribing/${saved.socialPrescribingReferralId}`}>referral made</Anchor></>}
            <TextOfferButton contact={saved} onTexted={setSaved} />
          </Alert>
        )}
        <Group align="end">
          <SegmentedControl value={channel} onChange={(v) => setChannel(v as typeof channel)} data={[{ value: 'phone', label: 'Phone' }, { value: 'desk', label: 'At the desk' }, { value: 'online', label: 'Online' }]} aria-label="How they contacted us" />
        </Group>
        {patient ? (
          <Group gap="xs">
            <Text size="sm">Caller: <b>{patient.givenName} {patient.familyName.toUpperCase()}</b> · {formatNhsNumber(patient.nhsNumber)} · {patient.practiceName}</Text>
            {!patientId && <Button size="compact-xs" variant="subtle" onClick={() => setPatient(null)}>Change</Button>}
          </Group>
        ) : (
          <CallerPicker callerLabel={callerLabel} setCallerLabel={setCallerLabel} onPick={setPatient} />
        )}
        <Textarea label="Why are they calling? (their words)" required autoFocus autosize minRows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        {/* Until the needs have loaded the field is disabled: typed letters and Enter would otherwise find nothing and be lost. */}
        <Select label="Need" required searchable placeholder="Type to find" disabled={!needs.data} data={(['clinical', 'non-clinical'] as const).map((kind) => ({ group: kind === 'clinical' ? 'Clinical' : 'Non-clinical', items: (needs.data?.needs ?? []).filter((n) => n.kind === kind).map((n) => ({ value: n.id, label: n.label })) }))}
          value={need} onChange={setNeed} selectFirstOptionOnChange />
        {needInfo && (
          <Radio.Group label="Decision" required value={decision ?? ''} onChange={(v) => setDecision(v as Decision)}>
            <Stack gap={6} mt="xs">
              {decisions.map((d) => (
                <Radio key={d} value={d} label={<Group gap={6}>{DECISION_WORDS[d]}{needInfo.decisions.includes(d) && d === needInfo.decisions[0] && <Badge size="xs" variant="light">suggested</Badge>}</Group>} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {decision === 'booked' && (
          <Stack gap="xs">
            <Select label="With" required data={[...new Set([...(needInfo?.roles ?? []), 'gp', 'nurse', 'anp', 'pharmacist', 'physiotherapist', 'paramedic', 'physician-associate', 'mental-health-practitioner', 'link-worker', 'care-coordinator', 'health-wellbeing-coach'])].map((r) => ({ value: r, label: roleLabel(r) }))} value={role} onChange={setRole} />
            {patient && !appointmentId && <SlotFinder patient={patient} onBooked={(a) => { setAppointmentId(a.id); setRole(a.role); }} />}
            {appointmentId && <Text size="sm" c="green">Appointment booked; it will be linked to this contact.</Text>}
            {!patient && <Text size="sm" c="dimmed">Find the caller to book for them.</Text>}
          </Stack>
        )}
        {decision === 'online-consultation' && (
          <Text size="sm">Take the request with them in <Anchor component={Link} to="/consultations?tab=caller" target="_blank">Online consultations → Take a request for a caller</Anchor>, then save this contact.</Text>
        )}
        {decision === 'signposted' && (
          <Stack gap="xs">
            {suggestions.data && suggestions.data.offers.length > 0 && (
              <Select label="Community offer" searchable clearable data={suggestions.data.offers.map((o) => ({ value: o.id, label: o.name }))} value={offerId} onChange={setOfferId} />
            )}
            {!offerId && <TextInput label={suggestions.data?.offers.length ? 'Or name another offer' : 'Offer or service'} description={needInfo?.offerCategories.length ? `Look for: ${needInfo.offerCategories.join(', ')}` : undefined} maxLength={200} value={offerName} onChange={(e) => setOfferName(e.currentTarget.value)} />}
          </Stack>
        )}
        {decision === 'redirected' && (
          <Select label="Sent to" required data={ALL_REDIRECTS.map((r) => ({ value: r, label: REDIRECT_WORDS[r] }))} value={redirectTo} onChange={setRedirectTo} />
        )}
        {decision === 'social-prescribing' && (
          <Stack gap="xs">
            {!patient && <Text size="sm" c="red">Find the caller first: a referral is for a registered patient.</Text>}
            <MultiSelect label="Reasons for the referral" data={Object.entries(REFERRAL_REASON_WORDS).map(([value, label]) => ({ value, label }))} value={reasons} onChange={setReasons} />
            <Checkbox label="They agreed to be referred to a social prescribing link worker" checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} />
          </Stack>
        )}
        <TextInput label="Note (optional)" maxLength={2000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <ProblemAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!need || !decision || !reason.trim()}>Save contact</Button>
          <Text size="xs" c="dimmed">Ctrl+Enter saves</Text>
        </Group>
      </Stack>
    </Paper>
  );
}

function CallerPicker({ callerLabel, setCallerLabel, onPick }: { callerLabel: string; setCallerLabel: (s: string) => void; onPick: (p: Patient) => void }) {
  const [q, setQ] = useState('');
  const search = usePatientSearch(q);
  return (
    <Stack gap={6}>
      <Group grow align="start">
        <TextInput label="Find the caller (optional)" description="Name, NHS number, date of birth or postcode" value={q} onChange={(e) => setQ(e.currentTarget.value)} />
        <TextInput label="Or describe a caller not identified" description="e.g. woman asking about her father" maxLength={100} value={callerLabel} onChange={(e) => setCallerLabel(e.currentTarget.value)} />
      </Group>
      {search.isFetching && <Loader size="sm" aria-label="Searching" />}
      <ProblemAlert error={search.error} />
      {(search.data ?? []).slice(0, 6).map((p) => (
        <UnstyledButton key={p.id} onClick={() => { onPick(p); setQ(''); }} p="xs" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
          <Text size="sm"><b>{p.familyName.toUpperCase()}, {p.givenName}</b> · {p.dateOfBirth} · {formatNhsNumber(p.nhsNumber)} · {p.practiceName}</Text>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
