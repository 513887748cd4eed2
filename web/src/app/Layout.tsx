import { Suspense, type ReactNode } from 'react';
import { AppShell, Burger, Button, Group, Loader, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, useLocation, useNavigate } from 'react-router';
import { useLogOut, useSignedIn } from '../modules/identity/queries.ts';
import { useRoleLabel } from '../modules/network/queries.ts';
import { IconLogout, IconUser } from './icons.tsx';
import { OrganisationSwitcher } from './OrganisationSwitcher.tsx';
import { appRoutes } from './routes.tsx';

/** The frame of every signed-in page: who you are, who you work for, and the modules you may use. */
export function Layout({ children }: { children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure();
  const session = useSignedIn();
  const location = useLocation();
  const navigate = useNavigate();
  const logOut = useLogOut();
  const roleWords = useRoleLabel();
  const active = session.organisations.find((o) => o.id === session.activeOrganisationId);
  const links = appRoutes.filter((r) => r.label && (!r.permission || session.permissions.includes(r.permission)));

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a className="skip-link" href="#main">Skip to main content</a>
      <AppShell.Header bg="nhs.6" c="white">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" color="white" aria-label="Menu" />
            <Title order={2} size="h3" c="white">Commons</Title>
          </Group>
          <Group gap="md" wrap="nowrap">
            <OrganisationSwitcher />
            <Group gap={6} visibleFrom="md" wrap="nowrap" aria-label="Signed in as">
              <IconUser />
              <div>
                <Text size="sm" fw={700} lh={1.2}>{session.displayName}</Text>
                <Text size="xs" lh={1.2}>{active?.roles.map(roleWords).join(', ')}</Text>
              </div>
            </Group>
            <Button variant="white" size="xs" leftSection={<IconLogout size={14} />} loading={logOut.isPending}
              onClick={() => logOut.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Modules">
        <Stack gap={2}>
          {links.map((r) => (
            <NavLink key={r.path} component={Link} to={r.path} label={r.label} leftSection={r.icon} onClick={close}
              active={location.pathname === r.path || location.pathname.startsWith(r.path + '/')} />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}><Suspense fallback={<Loader aria-label="Loading the page" />}>{children}</Suspense></AppShell.Main>
    </AppShell>
  );
}
