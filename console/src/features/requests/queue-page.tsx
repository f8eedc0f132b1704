import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Checkbox, Group, Loader, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { memo, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../graphql/generated';
import type { InboundQueueQuery, QueueRowFragment, RequestFilter } from '../../graphql/generated/graphql';
import { useConnection, useViewer } from '../../graphql/connection-context';
import { useLiveEvents } from '../../graphql/use-live-events';
import { ErrorAlert } from '../../ui/errors';
import { formatDateTime } from '../../ui/time';
import { PRIORITY_WORDS, SLA_STATE_WORDS, STATUS_WORDS } from '../../ui/words';
import { InboundPushDocument, RequestEventsPushDocument } from './request.fragments';
import { ClockStatus, currentClock } from './sla';

const InboundQueueDocument = graphql(`
  query InboundQueue($filter: RequestFilter, $first: Int, $after: String) {
    inboundRequests(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...QueueRow } }
    }
  }
`);

const OutboundQueueDocument = graphql(`
  query OutboundQueue($filter: RequestFilter, $first: Int, $after: String) {
    outboundRequests(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...QueueRow } }
    }
  }
`);

export const MyGroupsDocument = graphql(`
  query MyGroups {
    viewer { member { id memberships(first: 100) { edges { node { id status group { id name kind } } } } } }
  }
`);

const PAGE = 100;

type Direction = 'inbound' | 'outbound';
type QueueList = InboundQueueQuery['inboundRequests'];

/** The connection of either queue query. */
function listOf(data: unknown): QueueList | undefined {
  const d = data as { inboundRequests?: QueueList; outboundRequests?: QueueList } | undefined;
  return d?.inboundRequests ?? d?.outboundRequests;
}

function withList<T>(data: T, direction: Direction, list: QueueList): T {
  return { ...data, [direction === 'inbound' ? 'inboundRequests' : 'outboundRequests']: list } as T;
}

/** Does a pushed request belong in the list the server gave for this filter? The same tests as listRequests. */
function matches(row: QueueRowFragment, filter: RequestFilter, now: number): boolean {
  if (filter.status?.length && !filter.status.includes(row.status)) return false;
  if (filter.priority?.length && !filter.priority.includes(row.priority)) return false;
  if (filter.groupId && row.group.id !== filter.groupId) return false;
  if (filter.critical != null && row.critical !== filter.critical) return false;
  if (filter.slaState) {
    const states = row.sla.map((c) => (!c.stoppedAt && new Date(c.dueAt).getTime() < now ? 'BREACHED' : c.state));
    if (!states.includes(filter.slaState)) return false;
  }
  return true;
}

/** One row; memoised, so a push re-renders only the rows whose cached object changed. */
const QueueRowView = memo(function QueueRowView({ row: r, direction }: { row: QueueRowFragment; direction: Direction }) {
  return (
                <Table.Tr data-request-id={r.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/requests/${r.id}`} fw={500}>{r.summary}</Anchor>
                    {r.critical ? <Badge ml="xs" color="red" size="xs">Critical</Badge> : null}
                    {r.escalatedAt ? <Badge ml="xs" color="grape" size="xs">Escalated</Badge> : null}
                  </Table.Td>
                  <Table.Td>{direction === 'inbound' ? r.fromMember.name : r.toMember.name}<Text size="xs" c="dimmed">{r.group.name}</Text></Table.Td>
                  <Table.Td>{r.priority}</Table.Td>
                  <Table.Td>{STATUS_WORDS[r.status] ?? r.status}</Table.Td>
                  <Table.Td><ClockStatus clock={currentClock(r.sla)} /></Table.Td>
                  <Table.Td><Text size="sm">{r.requesterCaseNumber}</Text><Text size="xs" c="dimmed">{r.receiverCaseNumber ?? '—'}</Text></Table.Td>
                  <Table.Td><Text size="sm">{formatDateTime(r.createdAt)}</Text></Table.Td>
                </Table.Tr>
  );
});

/** The inbound or outbound queue: filters, a live table, more pages on demand. */
export function QueuePage({ direction }: { direction: Direction }) {
  const viewer = useViewer();
  const connection = useConnection();
  const [status, setStatus] = useState('');
  const [priority, setPriority] = useState('');
  const [groupId, setGroupId] = useState('');
  const [slaState, setSlaState] = useState('');
  const [criticalOnly, setCriticalOnly] = useState(false);
  const [mine, setMine] = useState(false);
  const [search, setSearch] = useState('');
  const filter: RequestFilter = useMemo(
    () => ({
      ...(status ? { status: [status as never] } : {}),
      ...(priority ? { priority: [priority as never] } : {}),
      ...(groupId ? { groupId } : {}),
      ...(slaState ? { slaState: slaState as never } : {}),
      ...(criticalOnly ? { critical: true } : {}),
    }),
    [status, priority, groupId, slaState, criticalOnly],
  );
  const document = direction === 'inbound' ? InboundQueueDocument : OutboundQueueDocument;
  const variables = { filter, first: PAGE };
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(document as typeof InboundQueueDocument, { variables });
  const groups = useQuery(MyGroupsDocument);
  const shown = data ?? previousData;
  const connectionData = listOf(shown);

  /** A pushed new request: put it on top of the cached list when it belongs there. */
  const addRow = (row: QueueRowFragment) => {
    if (!matches(row, filter, Date.now())) return;
    connection.apollo.cache.updateQuery({ query: document as typeof InboundQueueDocument, variables }, (current) => {
      const list = listOf(current);
      if (!current || !list || list.edges.some((e) => e.node.id === row.id)) return current;
      return withList(current, direction, { ...list, totalCount: list.totalCount + 1, edges: [{ __typename: 'CollaborationRequestEdge' as const, cursor: row.id, node: row }, ...list.edges] });
    });
  };
  const memberId = viewer.member?.id;
  useLiveEvents(
    InboundPushDocument,
    {},
    (d) => d.inboundRequests,
    (_e, d) => {
      if (direction === 'inbound') addRow(d.inboundRequests.request);
    },
    () => void refetch(),
  );
  useLiveEvents(
    RequestEventsPushDocument,
    {},
    (d) => d.requestEvents,
    (_e, d) => {
      // changes of any row arrive here and update it in the cache; new outbound rows are added
      const e = d.requestEvents;
      if (direction === 'outbound' && e.type === 'REQUEST_SUBMITTED' && e.request.fromMember.id === memberId) addRow(e.request);
    },
    () => void refetch(),
  );

  const userId = viewer.user?.id;
  const needle = search.trim().toLowerCase();
  const rows = (connectionData?.edges ?? []).map((e) => e.node).filter((r) => {
    if (mine) {
      const assignee = direction === 'inbound' ? r.receiverAssignee : r.requesterAssignee;
      if (!userId || assignee?.id !== userId) return false;
    }
    if (needle) {
      const hay = [r.summary, r.requesterCaseNumber, r.receiverCaseNumber, r.customer?.name].filter(Boolean).join(' ').toLowerCase();
      if (!hay.includes(needle)) return false;
    }
    return true;
  });
  const title = direction === 'inbound' ? 'Inbound requests' : 'Outbound requests';
  const groupOptions = (groups.data?.viewer.member?.memberships.edges ?? []).filter((e) => e.node.status === 'ACTIVE').map((e) => ({ value: e.node.group.id, label: e.node.group.name }));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="end">
        <Title order={1}>{title}</Title>
        <Text size="sm" c="dimmed" aria-live="polite">
          {connectionData ? `${connectionData.totalCount} ${connectionData.totalCount === 1 ? 'request' : 'requests'}` : ''}
        </Text>
      </Group>
      <Group gap="sm" align="end" wrap="wrap" role="search" aria-label={`Filter ${title.toLowerCase()}`}>
        <NativeSelect label="Status" value={status} onChange={(e) => setStatus(e.currentTarget.value)} data={[{ value: '', label: 'Any status' }, ...Object.entries(STATUS_WORDS).map(([value, label]) => ({ value, label }))]} />
        <NativeSelect label="Priority" value={priority} onChange={(e) => setPriority(e.currentTarget.value)} data={[{ value: '', label: 'Any priority' }, ...Object.entries(PRIORITY_WORDS).map(([value, label]) => ({ value, label }))]} />
        <NativeSelect label="Group" value={groupId} onChange={(e) => setGroupId(e.currentTarget.value)} data={[{ value: '', label: 'Any group' }, ...groupOptions]} />
        <NativeSelect label="SLA state" value={slaState} onChange={(e) => setSlaState(e.currentTarget.value)} data={[{ value: '', label: 'Any SLA state' }, ...Object.entries(SLA_STATE_WORDS).map(([value, label]) => ({ value, label }))]} />
        <TextInput label="Search" description="summary, case numbers, customer (rows loaded)" value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
        <Stack gap={4} pb={4}>
          <Checkbox label="Assigned to me" checked={mine} onChange={(e) => setMine(e.currentTarget.checked)} disabled={!userId} />
          <Checkbox label="Critical only" checked={criticalOnly} onChange={(e) => setCriticalOnly(e.currentTarget.checked)} />
        </Stack>
      </Group>
      <ErrorAlert error={error} title="The requests could not be loaded" />
      {loading && !connectionData ? (
        <Group gap="xs"><Loader size="sm" /><Text>Loading requests…</Text></Group>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table aria-label={title} striped highlightOnHover verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Summary</Table.Th>
                <Table.Th scope="col">{direction === 'inbound' ? 'From' : 'To'}</Table.Th>
                <Table.Th scope="col">Priority</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">SLA</Table.Th>
                <Table.Th scope="col">Case numbers</Table.Th>
                <Table.Th scope="col">Submitted</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => <QueueRowView key={r.id} row={r} direction={direction} />)}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {connectionData && rows.length === 0 ? (
        <Text c="dimmed">{connectionData.totalCount === 0 && !Object.keys(filter).length ? (direction === 'inbound' ? 'Nothing has come in yet. New requests appear here the moment they are submitted.' : 'You have not submitted any requests yet. Find a partner in the Directory.') : 'No request matches these filters.'}</Text>
      ) : null}
      {connectionData?.pageInfo.hasNextPage ? (
        <Button
          variant="default"
          onClick={() =>
            void fetchMore({
              variables: { after: connectionData.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => {
                const p = listOf(prev);
                const n = listOf(fetchMoreResult);
                if (!p || !n) return prev as never;
                return withList(prev, direction, { ...n, edges: [...p.edges, ...n.edges.filter((e) => !p.edges.some((x) => x.node.id === e.node.id))] }) as never;
              },
            })
          }
        >
          Load more
        </Button>
      ) : null}
    </Stack>
  );
}
