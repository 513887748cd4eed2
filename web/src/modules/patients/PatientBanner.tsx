import { Badge, Group, Paper, Text, Title } from '@mantine/core';
import { formatDate } from '../../app/london-time.ts';
import { accessWords } from '../booking/labels.tsx';
import { formatNhsNumber, type Patient } from './api.ts';

const SEX_WORDS: Record<string, string> = { female: 'Female', male: 'Male', other: 'Other', unknown: 'Not known' };

/** Who this is, at a glance: the NHS banner order (name, NHS number, date of birth), then what staff must not miss. */
export function PatientBanner({ patient: p }: { patient: Patient }) {
  return (
    <Paper withBorder p="md" bg="nhs.0" component="section" aria-label="Patient details" data-testid="patient-banner">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">{p.familyName.toUpperCase()}, {p.givenName}</Title>
          <Group gap="lg" mt={4}>
            <Text><Text span c="dimmed">NHS number </Text><strong>{formatNhsNumber(p.nhsNumber)}</strong></Text>
            <Text><Text span c="dimmed">Born </Text><strong>{formatDate(p.dateOfBirth)}</strong> ({p.age})</Text>
            <Text><Text span c="dimmed">Sex </Text>{SEX_WORDS[p.sex] ?? p.sex}</Text>
          </Group>
          <Group gap="lg" mt={4}>
            <Text><Text span c="dimmed">Practice </Text>{p.practiceName}</Text>
            <Text><Text span c="dimmed">Phone </Text>{p.phone ?? 'none recorded'}</Text>
            {p.postcode && <Text><Text span c="dimmed">Postcode </Text>{p.postcode}</Text>}
          </Group>
        </div>
        <Group gap="xs" aria-label="Flags">
          {p.interpreterLanguage && <Badge color="orange" variant="filled" size="lg" style={{ textTransform: 'none' }}>Interpreter: {p.interpreterLanguage}</Badge>}
          {p.accessibilityNeeds.map((n) => <Badge key={n} color="grape" variant="light" size="lg" style={{ textTransform: 'none' }}>{accessWords(n)}</Badge>)}
        </Group>
      </Group>
      {p.reasonableAdjustments && (
        <Text mt="xs" fw={600} c="orange.9">Reasonable adjustments: {p.reasonableAdjustments}</Text>
      )}
    </Paper>
  );
}
