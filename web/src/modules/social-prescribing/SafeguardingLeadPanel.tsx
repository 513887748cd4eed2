import { useEffect, useState } from 'react';
import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { useStaff } from '../network/queries.ts';
import { useSaveSettings, useSettings } from './queries.ts';

/**
 * Names the network's safeguarding lead: a concern a link worker raises on a plan goes to them at
 * once (to every link worker while nobody is named). Shown to those who manage the network.
 */
export function SafeguardingLeadPanel() {
  const settings = useSettings();
  const staff = useStaff();
  const save = useSaveSettings();
  const current = settings.data?.safeguardingLead?.staffId ?? null;
  const [lead, setLead] = useState<string | null>(current);
  useEffect(() => setLead(current), [current]);
  const people = (staff.data ?? []).filter((s) => s.active).map((s) => ({ value: s.id, label: s.displayName }));
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">Safeguarding lead for social prescribing</Title>
      <Text size="sm" c="dimmed">
        {settings.data?.safeguardingLead ? `Concerns raised by link workers go at once to ${settings.data.safeguardingLead.name}.` : 'Nobody is named: concerns go to every link worker until you name a lead.'}
      </Text>
      <ProblemAlert error={settings.error ?? save.error} />
      <form onSubmit={(e) => { e.preventDefault(); save.mutate({ safeguardingLeadStaffId: lead }, { onSuccess: () => notifications.show({ color: 'green', message: 'Safeguarding lead saved.' }) }); }}>
        <Group align="end">
          <Select label="Safeguarding lead" placeholder="Nobody named" data={people} value={lead} onChange={setLead} searchable clearable w={360} />
          <Button type="submit" variant="light" loading={save.isPending} disabled={lead === current}>Save lead</Button>
        </Group>
      </form>
    </Stack>
  );
}
