import { useState } from 'react';
import { Alert, Button, Center, Loader, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../app/ProblemAlert.tsx';
import { homePath } from '../../app/routes.tsx';
import { useLogIn } from '../identity/queries.ts';
import { acceptPasswordLink, lookUpPasswordLink } from './api.ts';

/**
 * The page an invitation or password-reset link opens (/set-password#<token>): the token is after
 * the #, so it never reaches a server log. Choosing a password signs the person straight in.
 */
export function SetPasswordPage() {
  const token = decodeURIComponent(window.location.hash.slice(1));
  const link = useQuery({ queryKey: ['password-link', token], queryFn: () => lookUpPasswordLink(token), retry: false, enabled: token.length > 0 });
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const login = useLogIn();
  const navigate = useNavigate();

  async function submit() {
    if (password !== again) return setMismatch(true);
    setMismatch(false);
    setBusy(true);
    try {
      const { email } = await acceptPasswordLink(token, password);
      const session = await login.mutateAsync({ email, password });
      navigate(homePath(session.permissions), { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" bg="nhs.0" p="md">
      <Paper component="main" withBorder shadow="sm" p="xl" w={460} maw="100%">
        <Stack>
          <Title order={1} size="h2" c="nhs.7">Commons</Title>
          {!token && <Alert color="red">This page needs the whole link you were sent. Open it again from the message, or ask for a new one.</Alert>}
          {link.isPending && token && <Loader aria-label="Checking your link" />}
          {link.error && <ProblemAlert error={link.error} title="This link cannot be used" />}
          {link.data && (
            <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
              <Stack>
                <Title order={2} size="h3">{link.data.purpose === 'invitation' ? `Welcome, ${link.data.displayName}` : `Choose a new password, ${link.data.displayName}`}</Title>
                <Text>You will sign in as <b>{link.data.email}</b>. Choose a password of at least 12 characters: three random words work well.</Text>
                {(error as Error | null) && <ProblemAlert error={error} />}
                {mismatch && <Alert color="red">The two passwords differ.</Alert>}
                <PasswordInput label="New password" autoComplete="new-password" required minLength={12} value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
                <PasswordInput label="The same password again" autoComplete="new-password" required value={again} onChange={(e) => setAgain(e.currentTarget.value)} />
                <Button type="submit" loading={busy}>Set password and sign in</Button>
                <Text size="sm" c="dimmed">The link works once, until {new Date(link.data.expiresAt).toLocaleString('en-GB', { timeZone: 'Europe/London' })}.</Text>
              </Stack>
            </form>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
