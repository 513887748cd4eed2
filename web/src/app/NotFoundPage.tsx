import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack maw={600}>
      <Title order={1}>Page not found</Title>
      <Text>If you typed the web address, check it is correct.</Text>
      <Anchor component={Link} to="/">Go to the start page</Anchor>
    </Stack>
  );
}

export function NotAllowed() {
  return (
    <Stack maw={600}>
      <Title order={1}>You cannot use this page</Title>
      <Text>Your role at the organisation you are working for does not include it. If you work for another practice or hub, switch to it at the top of the page.</Text>
    </Stack>
  );
}
