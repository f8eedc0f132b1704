import { Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A page's heading, an optional line under it, and its body. */
export function Page({ title, intro, children, actions }: { title: string; intro?: ReactNode; children: ReactNode; actions?: ReactNode }) {
  return (
    <Stack gap="md">
      <Group justify="space-between" align="end">
        <div>
          <Title order={1}>{title}</Title>
          {intro ? <Text c="dimmed" size="sm">{intro}</Text> : null}
        </div>
        {actions}
      </Group>
      {children}
    </Stack>
  );
}

export function Loading({ what }: { what: string }) {
  return <Group gap="xs"><Loader size="sm" /><Text>Loading {what}…</Text></Group>;
}

export function Empty({ children }: { children: ReactNode }) {
  return <Text c="dimmed">{children}</Text>;
}
