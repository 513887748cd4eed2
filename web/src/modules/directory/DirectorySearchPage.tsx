import { useState } from 'react';
import { Button, Checkbox, Group, Loader, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { IconSearch } from '../../app/icons.tsx';
import { useCan } from '../identity/queries.ts';
import { printPath, type OfferSearch } from './api.ts';
import { CATEGORY_OPTIONS, WEEKDAY_OPTIONS } from './labels.ts';
import { OfferCard } from './OfferCard.tsx';
import { useOfferSearch } from './queries.ts';

const FIELDS = ['text', 'category', 'postcode', 'maxMiles', 'day', 'age', 'availableOnly', 'freshOnly'] as const;
type Filters = Record<(typeof FIELDS)[number], string>;

/** The search the URL holds: a search can be bookmarked, shared and survives going back. */
function toQuery(f: Filters, cursor?: string): OfferSearch {
  return {
    ...(f.text ? { text: f.text } : {}), ...(f.category ? { categories: [f.category] as OfferSearch['categories'] } : {}),
    ...(f.postcode ? { postcode: f.postcode } : {}), ...(f.postcode && f.maxMiles ? { maxMiles: Number(f.maxMiles) } : {}),
    ...(f.day ? { day: f.day as OfferSearch['day'] } : {}), ...(f.age ? { age: Number(f.age) } : {}),
    ...(f.availableOnly ? { availableOnly: true } : {}), ...(f.freshOnly ? { freshOnly: true } : {}), limit: 20, ...(cursor ? { cursor } : {}),
  };
}

/** Find community offers for a patient: by need, category, distance from their postcode, day, places and age; pick some to print. */
export function DirectorySearchPage() {
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(FIELDS.map((k) => [k, params.get(k) ?? ''])) as Filters;
  const [form, setForm] = useState<Filters>(applied);
  const [cursors, setCursors] = useState<string[]>([]);
  const [selected, setSelected] = useState<string[]>([]);
  const navigate = useNavigate();
  const search = useOfferSearch(toQuery(applied, cursors.at(-1)));
  const canManage = useCan('directory:manage');
  const set = (k: keyof Filters) => (v: string) => setForm({ ...form, [k]: v });

  const submit = () => {
    setCursors([]);
    setParams(Object.fromEntries(Object.entries(form).filter(([, v]) => v !== '')));
  };
  const items = search.data?.items ?? [];

  return (
    <Stack maw={1000}>
      <Group justify="space-between">
        <Title order={1}>Community directory</Title>
        <Group gap="xs">
          {canManage && <Button component={Link} to="/directory/offers/new" variant="light">Add an offer</Button>}
          <Button disabled={!selected.length} onClick={() => navigate(printPath(selected))}>Print {selected.length ? `${selected.length} selected` : 'selected'}</Button>
        </Group>
      </Group>
      <Paper withBorder p="md" component="form" role="search" onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <Stack>
          <TextInput label="What would help?" description="A need or words: lonely, walking, debt, carer, food…" leftSection={<IconSearch />} value={form.text} onChange={(e) => set('text')(e.currentTarget.value)} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select label="Category" data={CATEGORY_OPTIONS} value={form.category || null} onChange={(v) => set('category')(v ?? '')} clearable placeholder="Any" />
            <TextInput label="Patient's postcode" description="Nearest first" value={form.postcode} onChange={(e) => set('postcode')(e.currentTarget.value)} />
            <NumberInput label="Within (miles)" min={0.5} max={100} step={0.5} value={form.maxMiles} onChange={(v) => set('maxMiles')(String(v ?? ''))} disabled={!form.postcode} />
            <Select label="Day" data={WEEKDAY_OPTIONS} value={form.day || null} onChange={(v) => set('day')(v ?? '')} clearable placeholder="Any day" />
            <NumberInput label="Patient's age" min={0} max={130} value={form.age} onChange={(v) => set('age')(String(v ?? ''))} />
            <Stack gap={6} justify="flex-end">
              <Checkbox label="Only with places left" checked={!!form.availableOnly} onChange={(e) => set('availableOnly')(e.currentTarget.checked ? 'true' : '')} />
              <Checkbox label="Only checked in the last 6 months" checked={!!form.freshOnly} onChange={(e) => set('freshOnly')(e.currentTarget.checked ? 'true' : '')} />
            </Stack>
          </SimpleGrid>
          <Group><Button type="submit" loading={search.isFetching}>Search</Button></Group>
        </Stack>
      </Paper>
      {search.error && <ProblemAlert error={search.error} title="The search did not work" />}
      {search.isLoading && <Loader aria-label="Searching the directory" />}
      {search.isSuccess && items.length === 0 && <Text>No offers match. Try fewer filters, a wider distance or another category.</Text>}
      <Stack gap="xs" aria-label="Offers found">
        {items.map((o) => (
          <OfferCard key={o.id} offer={o} selected={selected.includes(o.id)} onSelect={(on) => setSelected(on ? [...selected, o.id] : selected.filter((id) => id !== o.id))} />
        ))}
      </Stack>
      <Group>
        {cursors.length > 0 && <Button variant="subtle" onClick={() => setCursors(cursors.slice(0, -1))}>Previous</Button>}
        {search.data?.nextCursor && <Button variant="subtle" onClick={() => setCursors([...cursors, search.data!.nextCursor!])}>More offers</Button>}
      </Group>
    </Stack>
  );
}
