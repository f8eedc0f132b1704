import { Badge, Group, Text } from '@mantine/core';
import { formatDateTime, formatDuration, useNow } from '../../ui/time';
import { CLOCK_WORDS, SLA_STATE_COLORS, SLA_STATE_WORDS } from '../../ui/words';

export interface ClockLike {
  kind: string;
  state: string;
  dueAt: string;
  stoppedAt?: string | null;
  pausedAt?: string | null;
}

/** The clock a queue shows: the first running one (response, then update, then resolution), else the response clock. */
export function currentClock<T extends ClockLike>(clocks: readonly T[]): T | undefined {
  return clocks.find((c) => !c.stoppedAt) ?? clocks.find((c) => c.kind === 'RESPONSE') ?? clocks[0];
}

/** The state in words and, while it runs, a live countdown to its due time. */
export function ClockStatus({ clock, showKind = false }: { clock: ClockLike | undefined; showKind?: boolean }) {
  const now = useNow();
  if (!clock) return <Text size="sm" c="dimmed">No clock</Text>;
  const left = new Date(clock.dueAt).getTime() - now;
  let countdown: string;
  if (clock.stoppedAt) countdown = `stopped ${formatDateTime(clock.stoppedAt)}`;
  else if (clock.pausedAt) countdown = 'paused: waiting on the requester';
  else if (left >= 0) countdown = `due in ${formatDuration(left)}`;
  else countdown = `overdue by ${formatDuration(-left)}`;
  return (
    <Group gap={6} wrap="nowrap">
      <Badge color={SLA_STATE_COLORS[clock.state] ?? 'gray'} variant="light" radius="sm" tt="none" style={{ flexShrink: 0, overflow: 'visible' }}>
        {showKind ? `${CLOCK_WORDS[clock.kind] ?? clock.kind}: ` : ''}
        {SLA_STATE_WORDS[clock.state] ?? clock.state}
      </Badge>
      <Text size="xs" c="dimmed" component="span" title={`Due ${formatDateTime(clock.dueAt)}`}>
        {countdown}
      </Text>
    </Group>
  );
}
