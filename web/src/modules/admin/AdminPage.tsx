import { Loader, Stack, Tabs, Title } from '@mantine/core';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { useSignedIn } from '../identity/queries.ts';
import { useNetwork } from '../network/queries.ts';
import { OrganisationsPanel } from './OrganisationsPanel.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';
import { StaffPanel } from './StaffPanel.tsx';
import { TokensPanel } from './TokensPanel.tsx';
import { RecordAccessPanel } from './RecordAccessPanel.tsx';

/**
 * Administration: organisations and sites, staff, settings and services, API tokens. Each tab shows
 * only for those whose role allows it; the server checks every change again (identity/grants.ts).
 */
export function AdminPage() {
  const session = useSignedIn();
  const network = useNetwork();
  const can = (p: string) => session.permissions.includes(p);
  const acrossNetwork = can('network:manage');
  // Practice managers change only the organisation they work for now.
  const mayChange = (organisationId: string) => acrossNetwork || organisationId === session.activeOrganisationId;
  if (network.error) return <ProblemAlert error={network.error} />;
  if (!network.data) return <Loader aria-label="Loading" />;
  const tabs = [
    { value: 'organisations', label: 'Organisations and sites', show: acrossNetwork || can('organisation:manage') },
    { value: 'staff', label: 'Staff', show: can('staff:manage') },
    { value: 'settings', label: 'Settings and services', show: acrossNetwork },
    { value: 'tokens', label: 'API tokens', show: can('tokens:manage') },
    { value: 'access', label: 'Record access', show: can('audit:read') },
  ].filter((t) => t.show);
  return (
    <Stack>
      <Title order={1} size="h2">Administration: {network.data.name}</Title>
      <Tabs defaultValue={tabs[0]?.value} keepMounted={false}>
        <Tabs.List>{tabs.map((t) => <Tabs.Tab key={t.value} value={t.value}>{t.label}</Tabs.Tab>)}</Tabs.List>
        <Tabs.Panel value="organisations" pt="md"><OrganisationsPanel network={network.data} canAddOrganisations={acrossNetwork} mayChange={mayChange} /></Tabs.Panel>
        <Tabs.Panel value="staff" pt="md"><StaffPanel network={network.data} mayChange={mayChange} /></Tabs.Panel>
        <Tabs.Panel value="settings" pt="md"><SettingsPanel network={network.data} /></Tabs.Panel>
        <Tabs.Panel value="tokens" pt="md"><TokensPanel network={network.data} /></Tabs.Panel>
        <Tabs.Panel value="access" pt="md"><RecordAccessPanel network={network.data} /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
