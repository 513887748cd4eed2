import { Alert, Button, CopyButton, Code, Group, Modal, Stack, Text } from '@mantine/core';

/** A secret (an invitation link, an API token) shown once, with a copy button: Commons keeps only its hash. */
export function ShownOnce({ title, value, explanation, onClose }: { title: string; value: string; explanation: string; onClose: () => void }) {
  return (
    <Modal opened onClose={onClose} title={title} size="lg" centered>
      <Stack>
        <Alert color="yellow">This is shown only now. {explanation}</Alert>
        <Code block data-testid="shown-once">{value}</Code>
        <Group justify="space-between">
          <CopyButton value={value}>{({ copied, copy }) => <Button variant="light" onClick={copy}>{copied ? 'Copied' : 'Copy'}</Button>}</CopyButton>
          <Button onClick={onClose}>Done</Button>
        </Group>
        <Text size="sm" c="dimmed">Send it by a route only that person reads (not a shared inbox or a public chat).</Text>
      </Stack>
    </Modal>
  );
}
