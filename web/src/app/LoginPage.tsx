import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Center, Code, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useLogIn, useSession } from '../modules/identity/queries.ts';
import { useSetupStatus } from '../modules/network/queries.ts';
import { ProblemAlert } from './ProblemAlert.tsx';
import { homePath } from './routes.tsx';

/** Only paths inside this app, never another site (an open redirect). */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : null;
}

export function LoginPage() {
  const { data: session } = useSession();
  const login = useLogIn();
  const setup = useSetupStatus();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const emailRef = useRef<HTMLInputElement>(null);
  useEffect(() => emailRef.current?.focus(), []);

  if (session && !login.isPending) return <Navigate to={safeNext(params.get('next')) ?? homePath(session.permissions)} replace />;

  return (
    <Center mih="100vh" bg="nhs.0" p="md">
      <Paper component="main" withBorder shadow="sm" p="xl" w={420} maw="100%">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            login.mutate({ email: email.trim(), password }, { onSuccess: (s) => navigate(safeNext(params.get('next')) ?? homePath(s.permissions), { replace: true }) });
          }}
        >
          <Stack>
            <div>
              <Title order={1} size="h2" c="nhs.7">Commons</Title>
              <Text c="dimmed">The shared workspace of your primary care network</Text>
            </div>
            <Title order={2} size="h3">Sign in</Title>
            {setup.data?.initialised === false && (
              <Alert color="yellow" title="No network has been set up yet">
                Nobody can sign in until the person who runs this server creates the network and its first
                administrator with <Code>commons init</Code>. The getting-started guide explains each step.
              </Alert>
            )}
            {login.error && <ProblemAlert error={login.error} title="We could not sign you in" />}
            <TextInput ref={emailRef} label="Email address" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
            <PasswordInput label="Password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
            <Button type="submit" loading={login.isPending} size="md">Sign in</Button>
            <Text size="sm" c="dimmed">Forgotten your password? Ask your practice manager to reset it.</Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
