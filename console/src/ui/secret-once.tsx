import { Alert, Button, Code, CopyButton, Group, Text } from '@mantine/core';

/** A secret the server shows once (a token, a webhook signing secret), with a copy button. */
export function SecretOnce({ title, secret, onDismiss }: { title: string; secret: string; onDismiss: () => void }) {
  return (
    <Alert color="green" title={title} role="status" variant="light">
      <Text size="sm" mb="xs">Shown once: copy it now, it cannot be shown again.</Text>
      <Code block aria-label="Secret" data-testid="secret">{secret}</Code>
      <Group mt="xs" gap="xs">
        <CopyButton value={secret}>
          {({ copied, copy }) => <Button size="xs" onClick={copy} color={copied ? 'teal' : undefined}>{copied ? 'Copied' : 'Copy'}</Button>}
        </CopyButton>
        <Button size="xs" variant="default" onClick={onDismiss}>Done</Button>
      </Group>
    </Alert>
  );
}
