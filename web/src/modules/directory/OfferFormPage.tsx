import { useEffect, useState } from 'react';
import { ActionIcon, Anchor, Button, Checkbox, Group, Loader, MultiSelect, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { Problem } from '../../api/client.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import type { Offer, OfferBody } from './api.ts';
import { ACCESS_LABELS, CATEGORY_OPTIONS, WEEKDAY_OPTIONS } from './labels.ts';
import { useDirectoryOrganisations, useOffer, useSaveOffer } from './queries.ts';

type Schedule = OfferBody['schedules'][number];
interface Form {
  organisationId: string; name: string; description: string; categories: string[]; hasPlace: boolean; placeName: string; address: string; postcode: string;
  schedules: Schedule[]; howToAccess: OfferBody['howToAccess']; referralDetails: string; capacity: string; placesAvailable: string; minAge: string; maxAge: string;
  conditions: string; cost: string; contactName: string; phone: string; email: string; website: string; active: boolean;
}
const EMPTY: Form = {
  organisationId: '', name: '', description: '', categories: [], hasPlace: true, placeName: '', address: '', postcode: '', schedules: [], howToAccess: 'self-refer',
  referralDetails: '', capacity: '', placesAvailable: '', minAge: '', maxAge: '', conditions: '', cost: '', contactName: '', phone: '', email: '', website: '', active: true,
};
const NEW_SCHEDULE: Schedule = { freq: 'weekly', weekday: 'mon', opensAt: '10:00', closesAt: '12:00' };

function fromOffer(o: Offer): Form {
  return {
    organisationId: o.organisationId, name: o.name, description: o.description, categories: o.categories, hasPlace: !!o.location, placeName: o.location?.name ?? '',
    address: o.location?.address ?? '', postcode: o.location?.postcode ?? '',
    schedules: o.schedules.map((s) => ({ freq: s.freq as Schedule['freq'], every: s.every, weekday: s.weekday, weekOfMonth: s.weekOfMonth, opensAt: s.opensAt, closesAt: s.closesAt })),
    howToAccess: o.howToAccess, referralDetails: o.referralDetails ?? '', capacity: o.capacity?.toString() ?? '', placesAvailable: o.placesAvailable?.toString() ?? '',
    minAge: o.eligibility.minAge?.toString() ?? '', maxAge: o.eligibility.maxAge?.toString() ?? '', conditions: o.eligibility.conditions.join('; '), cost: o.cost ?? '',
    contactName: o.contact.name ?? '', phone: o.contact.phone ?? '', email: o.contact.email ?? '', website: o.contact.website ?? '', active: o.active,
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
const numOrNull = (s: string) => (s.trim() === '' ? null : Number(s));

function toBody(f: Form): OfferBody {
  return {
    organisationId: f.organisationId, name: f.name.trim(), description: f.description.trim(), categories: f.categories as OfferBody['categories'],
    location: f.hasPlace ? { name: orNull(f.placeName), address: orNull(f.address), postcode: orNull(f.postcode) } : null,
    schedules: f.schedules, howToAccess: f.howToAccess, referralDetails: orNull(f.referralDetails), capacity: numOrNull(f.capacity), placesAvailable: numOrNull(f.placesAvailable),
    eligibility: { minAge: numOrNull(f.minAge), maxAge: numOrNull(f.maxAge), conditions: f.conditions.split(';').map((c) => c.trim()).filter(Boolean) },
    cost: orNull(f.cost), contact: { name: orNull(f.contactName), phone: orNull(f.phone), email: orNull(f.email), website: orNull(f.website) }, active: f.active,
  };
}

/** Add an offer (/directory/offers/new) or change one (/directory/offers/:id/edit); saving marks it checked today. */
export function OfferFormPage() {
  const { offerId } = useParams();
  const existing = useOffer(offerId ?? '', !!offerId);
  const organisations = useDirectoryOrganisations();
  const save = useSaveOffer(offerId);
  const navigate = useNavigate();
  const [form, setForm] = useState<Form>(EMPTY);
  useEffect(() => { if (existing.data) setForm(fromOffer(existing.data)); }, [existing.data]);
  useEffect(() => { if (!offerId && !form.organisationId && organisations.data?.length === 1) setForm((f) => ({ ...f, organisationId: organisations.data![0].id })); }, [organisations.data]);

  const error = (pointer: string) => (save.error instanceof Problem ? save.error.errors.find((e) => e.pointer === pointer || e.pointer.startsWith(`${pointer}/`))?.detail : undefined);
  const text = (k: keyof Form, pointer?: string) => ({ value: form[k] as string, onChange: (e: { currentTarget: { value: string } }) => setForm({ ...form, [k]: e.currentTarget.value }), error: pointer ? error(pointer) : undefined });
  const setSchedule = (i: number, s: Partial<Schedule>) => setForm({ ...form, schedules: form.schedules.map((x, j) => (j === i ? { ...x, ...s } : x)) });

  if (offerId && existing.isLoading) return <Loader aria-label="Loading the offer" />;
  if (offerId && existing.error) return <ProblemAlert error={existing.error} />;
  return (
    <Stack maw={860}>
      <Anchor component={Link} to={offerId ? `/directory/offers/${offerId}` : '/directory'} size="sm">← Back</Anchor>
      <Title order={1}>{offerId ? 'Change an offer' : 'Add an offer'}</Title>
      <Paper withBorder p="lg" component="form" onSubmit={(e) => { e.preventDefault(); save.mutate(toBody(form), { onSuccess: (o) => navigate(`/directory/offers/${o.id}`) }); }}>
        <Stack>
          {save.error && <ProblemAlert error={save.error} title="The offer was not saved" />}
          <Select label="Run by" required data={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))} value={form.organisationId || null}
            onChange={(v) => setForm({ ...form, organisationId: v ?? '' })} error={error('/body/organisationId')} searchable />
          <TextInput label="Name" required {...text('name', '/body/name')} />
          <Textarea label="What happens" autosize minRows={3} {...text('description', '/body/description')} />
          <MultiSelect label="Categories" required data={CATEGORY_OPTIONS} value={form.categories} onChange={(v) => setForm({ ...form, categories: v })} error={error('/body/categories')} />
          <Checkbox label="Happens at a place (untick for phone or online)" checked={form.hasPlace} onChange={(e) => setForm({ ...form, hasPlace: e.currentTarget.checked })} />
          {form.hasPlace && (
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label="Place" {...text('placeName', '/body/location/name')} />
              <TextInput label="Address" {...text('address', '/body/location/address')} />
              <TextInput label="Postcode" {...text('postcode', '/body/location/postcode')} />
            </SimpleGrid>
          )}
          <Stack gap="xs">
            <Text fw={600}>When</Text>
            {form.schedules.map((s, i) => (
              <Group key={i} align="flex-end" wrap="wrap">
                <Select label="How often" w={150} data={[{ value: 'weekly', label: 'Weekly' }, { value: 'monthly', label: 'Monthly' }]} value={s.freq} allowDeselect={false}
                  onChange={(v) => setSchedule(i, { freq: v as Schedule['freq'], weekOfMonth: v === 'monthly' ? 1 : null })} />
                {s.freq === 'monthly' && <Select label="Which week" w={130} data={[{ value: '1', label: 'First' }, { value: '2', label: 'Second' }, { value: '3', label: 'Third' }, { value: '4', label: 'Fourth' }, { value: '-1', label: 'Last' }]}
                  value={String(s.weekOfMonth ?? 1)} allowDeselect={false} onChange={(v) => setSchedule(i, { weekOfMonth: Number(v) })} error={error(`/body/schedules/${i}/weekOfMonth`)} />}
                <Select label="Day" w={140} data={WEEKDAY_OPTIONS} value={s.weekday} allowDeselect={false} onChange={(v) => setSchedule(i, { weekday: v as Schedule['weekday'] })} />
                <TextInput label="From" type="time" w={120} value={s.opensAt} onChange={(e) => setSchedule(i, { opensAt: e.currentTarget.value })} error={error(`/body/schedules/${i}/opensAt`)} />
                <TextInput label="Until" type="time" w={120} value={s.closesAt} onChange={(e) => setSchedule(i, { closesAt: e.currentTarget.value })} error={error(`/body/schedules/${i}/closesAt`)} />
                <ActionIcon variant="subtle" color="red" size="lg" aria-label="Remove these times" onClick={() => setForm({ ...form, schedules: form.schedules.filter((_, j) => j !== i) })}>✕</ActionIcon>
              </Group>
            ))}
            <Group><Button variant="light" size="xs" onClick={() => setForm({ ...form, schedules: [...form.schedules, NEW_SCHEDULE] })}>Add times</Button></Group>
          </Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label="How to go" data={Object.entries(ACCESS_LABELS).map(([value, label]) => ({ value, label }))} value={form.howToAccess} allowDeselect={false}
              onChange={(v) => setForm({ ...form, howToAccess: v as Form['howToAccess'] })} />
            <TextInput label="How to be referred" description="If a referral is needed" {...text('referralDetails', '/body/referralDetails')} />
            <NumberInput label="Places in all" min={0} value={form.capacity} onChange={(v) => setForm({ ...form, capacity: String(v ?? '') })} error={error('/body/capacity')} />
            <NumberInput label="Places left now" min={0} value={form.placesAvailable} onChange={(v) => setForm({ ...form, placesAvailable: String(v ?? '') })} error={error('/body/placesAvailable')} />
            <NumberInput label="Youngest age" min={0} max={130} value={form.minAge} onChange={(v) => setForm({ ...form, minAge: String(v ?? '') })} error={error('/body/eligibility/minAge')} />
            <NumberInput label="Oldest age" min={0} max={130} value={form.maxAge} onChange={(v) => setForm({ ...form, maxAge: String(v ?? '') })} error={error('/body/eligibility/maxAge')} />
            <TextInput label="Who it is for" description="Separate with ; for example: carers; people living with dementia" {...text('conditions', '/body/eligibility/conditions')} />
            <TextInput label="Cost" description="Free, £3 a session…" {...text('cost', '/body/cost')} />
          </SimpleGrid>
          <Text fw={600}>Contact (at least one of phone, email or website)</Text>
          {error('/body/contact') && <Text c="red" size="sm">{error('/body/contact')}</Text>}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Contact name" {...text('contactName', '/body/contact/name')} />
            <TextInput label="Phone" type="tel" {...text('phone', '/body/contact/phone')} />
            <TextInput label="Email" type="email" {...text('email', '/body/contact/email')} />
            <TextInput label="Website" {...text('website', '/body/contact/website')} />
          </SimpleGrid>
          <Checkbox label="Running now" checked={form.active} onChange={(e) => setForm({ ...form, active: e.currentTarget.checked })} />
          <Group><Button type="submit" loading={save.isPending}>{offerId ? 'Save changes' : 'Add offer'}</Button></Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
