import { useEffect, useRef, useState } from 'react';
import { Badge, Button, Group, Loader, Paper, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCan } from '../identity/queries.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { IconSearch } from '../../app/icons.tsx';
import { formatDate } from '../../app/london-time.ts';
import { formatNhsNumber, type Patient } from './api.ts';
import { usePatientSearch } from './queries.ts';

/**
 * Find a patient with one box: a name fragment, an NHS number, a date of birth or a postcode.
 * Keyboard first: the box has focus, Enter searches, the arrow keys move through the results and Enter opens one.
 */
export function PatientSearchPage() {
  const [params, setParams] = useSearchParams();
  const term = params.get('q') ?? '';
  const [text, setText] = useState(term);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const search = usePatientSearch(term);
  const results = search.data ?? [];

  useEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(results.length ? 0 : -1), [search.data]);

  const open = (p: Patient) => navigate(`/patients/${p.id}`);
  const submit = () => {
    const t = text.trim();
    if (t === term && results[active]) return open(results[active]);
    setParams(t ? { q: t } : {});
  };
  const tooShort = text.trim().length > 0 && text.trim().length < 2;
  const canRegister = useCan('patients:write');
  const canNavigate = useCan('navigation:record');

  return (
    <Stack maw={900}>
      <Group justify="space-between">
        <Title order={1}>Find a patient</Title>
        {(canRegister || canNavigate) && (
          <Group gap="xs">
            {canNavigate && <Button component={Link} to="/navigation" variant="filled">Record a call (caller not identified)</Button>}
            {canRegister && <Button component={Link} to="/patients/new" variant="light">Register a patient</Button>}
            {canRegister && <Button component={Link} to="/patients/import" variant="subtle">Import a list</Button>}
          </Group>
        )}
      </Group>
      <form role="search" onSubmit={(e) => { e.preventDefault(); if (!tooShort) submit(); }}>
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            ref={input}
            flex={1}
            size="md"
            label="Name, NHS number, date of birth or postcode"
            description="For example: smith jo, 943 476 5919, 02/03/1956 or LS6 2AB. Press Enter to search."
            leftSection={<IconSearch />}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={tooShort ? 'Type at least 2 characters' : undefined}
            autoComplete="off"
            role="combobox"
            aria-expanded={results.length > 0}
            aria-controls="patient-results"
            aria-activedescendant={active >= 0 ? `patient-${results[active]?.id}` : undefined}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown' && results.length) { e.preventDefault(); setActive((i) => Math.min(results.length - 1, i + 1)); }
              if (e.key === 'ArrowUp' && results.length) { e.preventDefault(); setActive((i) => Math.max(0, i - 1)); }
            }}
          />
          <Button type="submit" size="md" loading={search.isFetching}>Search</Button>
        </Group>
      </form>

      {search.error && <ProblemAlert error={search.error} />}
      {term && search.isSuccess && results.length === 0 && (
        <Text>No patients match “{term}”. Check the spelling, or try their date of birth or NHS number.</Text>
      )}
      {search.isLoading && <Loader aria-label="Searching" />}
      {results.length > 0 && (
        <Stack gap={6} id="patient-results" role="listbox" aria-label="Patients found">
          <Text size="sm" c="dimmed" aria-live="polite">{results.length === 1 ? '1 patient found' : `${results.length} patients found`}. Use the arrow keys and Enter, or click a patient.</Text>
          {results.map((p, i) => (
            <UnstyledButton key={p.id} id={`patient-${p.id}`} role="option" aria-selected={i === active} onClick={() => open(p)} data-testid="patient-result">
              <Paper withBorder p="sm" bg={i === active ? 'nhs.0' : undefined} style={i === active ? { borderColor: 'var(--mantine-color-nhs-6)' } : undefined}>
                <Group justify="space-between" wrap="nowrap">
                  <div>
                    <Text fw={700}>{p.familyName.toUpperCase()}, {p.givenName}</Text>
                    <Text size="sm">Born {formatDate(p.dateOfBirth)} ({p.age}) · NHS {formatNhsNumber(p.nhsNumber)} · {p.postcode ?? 'no postcode'}</Text>
                  </div>
                  <Badge variant="light" color="gray" style={{ textTransform: 'none' }}>{p.practiceName}</Badge>
                </Group>
              </Paper>
            </UnstyledButton>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
