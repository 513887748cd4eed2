import { useState } from 'react';
import { Badge, Button, Card, Group, Loader, NumberInput, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Problem } from '../../api/client.ts';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { useSignedIn } from '../identity/queries.ts';
import { useNetwork, useStaff } from '../network/queries.ts';
import { deactivateTemplate, generateSlots, type RotaTemplate } from './api.ts';
import { CapacityPanel } from './CapacityPanel.tsx';
import { CHANNEL_WORDS, MODE_WORDS } from './labels.tsx';
import { LeavePanel } from './LeavePanel.tsx';
import { ReleasePanel } from './ReleasePanel.tsx';
import { useBookingMutation, useTemplates } from './queries.ts';
import { RotaTemplateForm, WEEKDAYS } from './RotaTemplateForm.tsx';

/** For practice and PCN managers: the weekly rota, leave and closures, and capacity shared with the network. */
export function RotaPage() {
  return (
    <Stack>
      <Title order={1}>Rota and capacity</Title>
      <Tabs defaultValue="rota" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="rota">Weekly rota</Tabs.Tab>
          <Tabs.Tab value="leave">Leave and closures</Tabs.Tab>
          <Tabs.Tab value="capacity">Capacity shared</Tabs.Tab>
          <Tabs.Tab value="release">Release and quotas</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="rota" pt="md"><RotaPanel /></Tabs.Panel>
        <Tabs.Panel value="leave" pt="md"><LeavePanel /></Tabs.Panel>
        <Tabs.Panel value="capacity" pt="md"><CapacityPanel /></Tabs.Panel>
        <Tabs.Panel value="release" pt="md"><ReleasePanel /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function RotaPanel() {
  const session = useSignedIn();
  const network = useNetwork();
  // A PCN manager working for the PCN manages every organisation's rota; everyone else their own.
  const isPcn = session.organisations.find((o) => o.id === session.activeOrganisationId)?.kind === 'pcn';
  const staff = useStaff(isPcn ? undefined : session.activeOrganisationId);
  const templates = useTemplates();
  const orgName = (id: string) => network.data?.organisations.find((o) => o.id === id)?.name ?? '';
  const [editing, setEditing] = useState<{ template: RotaTemplate | null; staffId?: string } | null>(null);
  const [weeks, setWeeks] = useState<number | string>(4);
  const generate = useBookingMutation((w: number) => generateSlots(w));
  const deactivate = useBookingMutation((id: string) => deactivateTemplate(id));
  const siteName = (id: string) => network.data?.sites.find((s) => s.id === id)?.name ?? '';
  const serviceName = (id: string) => network.data?.services.find((s) => s.id === id)?.name ?? '';

  const byStaff = new Map<string, { name: string; organisations: Set<string>; items: RotaTemplate[] }>();
  for (const t of templates.data ?? []) {
    const g = byStaff.get(t.staffId) ?? { name: t.staffName, organisations: new Set<string>(), items: [] };
    g.items.push(t);
    g.organisations.add(t.organisationId);
    byStaff.set(t.staffId, g);
  }

  return (
    <Stack>
      <Paper withBorder p="md">
        <form onSubmit={(e) => {
          e.preventDefault();
          const w = Number(weeks);
          generate.mutate(w, {
            onSuccess: (r) => notifications.show({ color: 'green', title: `${r.created} new slots`, message: `From ${r.templates} weekly sessions, ${r.from} to ${r.to}. ${r.alreadyPresent} were already there; ${r.skippedBlocked} skipped for leave, closures and bank holidays.` }),
          });
        }}>
          <Group align="flex-end">
            <NumberInput label="Weeks ahead" min={1} max={12} w={140} value={weeks} onChange={setWeeks} required />
            <Button type="submit" loading={generate.isPending}>Generate slots for {Number(weeks) || '…'} weeks</Button>
            <Text size="sm" c="dimmed" maw={420}>Safe to repeat: slots already made are kept, and booked appointments never move.</Text>
          </Group>
        </form>
        {generate.error && <ProblemAlert error={generate.error} />}
      </Paper>

      <Group justify="space-between">
        <Title order={2} size="h3">Weekly sessions by staff member</Title>
        <Button onClick={() => setEditing({ template: null })} disabled={!network.data}>Add a weekly session</Button>
      </Group>
      {templates.isLoading && <Loader aria-label="Loading the rota" />}
      {templates.error && <ProblemAlert error={templates.error} />}
      {deactivate.error && <ProblemAlert error={deactivate.error} />}
      {templates.isSuccess && byStaff.size === 0 && <Text>No weekly sessions yet. Add one for each clinic a clinician holds every week.</Text>}
      {[...byStaff].map(([staffId, g]) => (
        <Card withBorder key={staffId} padding="sm" data-testid="rota-staff">
          <Group justify="space-between" mb="xs">
            <div>
              <Title order={3} size="h4">{g.name}</Title>
              {isPcn && <Text size="sm" c="dimmed">{[...g.organisations].map(orgName).join(', ')}</Text>}
            </div>
            <Button size="xs" variant="light" onClick={() => setEditing({ template: null, staffId })}>Add a session for {g.name}</Button>
          </Group>
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing={4} aria-label={`Weekly sessions of ${g.name}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Day and time</Table.Th><Table.Th>Session</Table.Th><Table.Th>Slots</Table.Th><Table.Th>Site</Table.Th>
                  <Table.Th>Who can book</Table.Th><Table.Th>Network share</Table.Th><Table.Th>Embargo</Table.Th><Table.Th><span className="visually-hidden">Actions</span></Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {g.items.map((t) => (
                  <Table.Tr key={t.id} c={t.active ? undefined : 'dimmed'}>
                    <Table.Td><Text size="sm" fw={600}>{WEEKDAYS[t.weekday - 1]}</Text><Text size="sm">{t.startTime.slice(0, 5)}–{t.endTime.slice(0, 5)}</Text></Table.Td>
                    <Table.Td><Text size="sm">{t.name}</Text><Text size="xs" c="dimmed">{serviceName(t.serviceId)}</Text></Table.Td>
                    <Table.Td><Text size="sm">{t.slotMinutes} min</Text><Text size="xs" c="dimmed">{MODE_WORDS[t.mode] ?? t.mode}</Text></Table.Td>
                    <Table.Td><Text size="sm">{siteName(t.siteId)}</Text></Table.Td>
                    <Table.Td><Text size="sm">{t.channels.map((c) => CHANNEL_WORDS[c] ?? c).join(', ')}</Text></Table.Td>
                    <Table.Td><Text size="sm">{t.networkShare}%</Text></Table.Td>
                    <Table.Td><Text size="sm">{t.embargoHours === null ? 'None' : `${t.embargoHours} h`}</Text></Table.Td>
                    <Table.Td>
                      {t.active ? (
                        <Group gap={4} wrap="nowrap">
                          <Button size="compact-sm" variant="default" onClick={() => setEditing({ template: t })} aria-label={`Change ${t.name}`}>Change</Button>
                          <Button size="compact-sm" variant="outline" color="red" aria-label={`Deactivate ${t.name}`} loading={deactivate.isPending && deactivate.variables === t.id}
                            onClick={() => {
                              if (!window.confirm(`Deactivate “${t.name}”? Its future free slots are withdrawn; booked appointments stay.`)) return;
                              deactivate.mutate(t.id, {
                                onSuccess: (r) => notifications.show({ color: 'green', title: 'Session deactivated', message: `${r.slotsWithdrawn} future free slots withdrawn.` }),
                                onError: (err) => notifications.show({ color: 'red', title: 'Not deactivated', message: err instanceof Problem ? err.detail : String(err) }),
                              });
                            }}>
                            Deactivate
                          </Button>
                        </Group>
                      ) : <Badge color="gray" variant="outline">Inactive</Badge>}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      ))}
      {editing && network.data && (
        <RotaTemplateForm network={network.data} staff={staff.data ?? []} organisationId={session.activeOrganisationId} chooseOrganisation={isPcn}
          template={editing.template} presetStaffId={editing.staffId} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
