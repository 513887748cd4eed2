import { NativeSelect, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useSignedIn, useSwitchOrganisation } from '../modules/identity/queries.ts';
import { Problem } from '../api/client.ts';

const KIND_WORDS: Record<string, string> = { practice: 'practice', hub: 'hub', pcn: 'PCN', nhs111: 'NHS 111' };

/**
 * For people who work at several practices or hubs: which one they are working for now.
 * Switching changes what they may see and do, so every query is fetched again.
 */
export function OrganisationSwitcher() {
  const session = useSignedIn();
  const switchTo = useSwitchOrganisation();
  const active = session.organisations.find((o) => o.id === session.activeOrganisationId);
  if (session.organisations.length < 2) {
    return <Text size="sm" fw={700} aria-label="Working for">{active?.name}</Text>;
  }
  return (
    <NativeSelect
      aria-label="Working for"
      size="sm"
      w={260}
      disabled={switchTo.isPending}
      value={session.activeOrganisationId}
      data={session.organisations.map((o) => ({ value: o.id, label: `${o.name} (${KIND_WORDS[o.kind] ?? o.kind})` }))}
      onChange={(e) => {
        const id = e.currentTarget.value;
        switchTo.mutate(id, {
          onSuccess: (s) => notifications.show({ color: 'nhs', title: 'Organisation changed', message: `You are now working for ${s.organisations.find((o) => o.id === id)?.name}.` }),
          onError: (err) => notifications.show({ color: 'red', title: 'Could not switch', message: err instanceof Problem ? err.detail : String(err) }),
        });
      }}
    />
  );
}
