import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Center, Code, Divider, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useLogIn, useSession, useSignInMethods } from '../modules/identity/queries.ts';
import { useSetupStatus } from '../modules/network/queries.ts';
import { ProblemAlert } from './ProblemAlert.tsx';
import { homePath } from './routes.tsx';

/** Only paths inside this app, never another site (an open redirect). */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : null;
}

/** What went wrong at the identity provider, from the ?signInError=<reason> it sends us back with. */
const PROVIDER_ERRORS: Record<string, string> = {
  'unknown-staff': 'No Commons account uses the email address your identity provider gave. Ask your practice manager to invite you with that address, then sign in again.',
  'no-email': 'Your identity provider did not share your email address, so Commons cannot tell which account is yours. Ask your IT administrator.',
  'email-not-verified': 'Your identity provider says your email address is not verified.',
  'linked-to-someone-else': 'The Commons account with your email address is already linked to another identity. Ask your administrator.',
  'no-roles': 'Your Commons account holds no role at any organisation yet. Ask your practice manager.',
  deactivated: 'Your Commons account has been deactivated. Ask your practice manager.',
  cancelled: 'Sign-in was cancelled at your identity provider.',
  expired: 'The sign-in took too long or was started in another browser. Please try again.',
  'provider-unavailable': 'Your identity provider cannot be reached just now. Try again, or sign in with your password.',
  failed: 'Your identity provider’s answer could not be checked. Please try again.',
};

export function LoginPage() {
  const methods = useSignInMethods();
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
            {params.get('signInError') && (
              <Alert color="red" title="We could not sign you in" role="alert">{PROVIDER_ERRORS[params.get('signInError')!] ?? PROVIDER_ERRORS.failed}</Alert>
            )}
            {methods.data?.oidc && (
              <>
                <Button component="a" href={`${methods.data.oidc.startUrl}?returnTo=${encodeURIComponent(safeNext(params.get('next')) ?? '/')}`} size="md" variant="outline">
                  Sign in with {methods.data.oidc.label}
                </Button>
                <Divider label="or with your email and password" labelPosition="center" />
              </>
            )}
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
