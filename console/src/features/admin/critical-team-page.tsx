import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { graphql } from '../../graphql/generated';
import { ErrorAlert } from '../../ui/errors';
import { Empty, Loading, Page } from '../../ui/page';
import { formatDateTime } from '../../ui/time';
import { MemberUsersListDocument } from './users-page';

const CriticalTeamDocument = graphql(`
  query CriticalTeam {
    viewer { member { id
      criticalTeam(first: 100) { edges { node { id name email } } }
      criticalRosterHistory(first: 50) { edges { node { id added at user { id name } token { id name } actor { id name } } } }
    } }
  }
`);
const AddDocument = graphql(`mutation AddToCriticalTeam($input: AddToCriticalTeamInput!) { addToCriticalTeam(input: $input) { user { id onCriticalTeam } } }`);
const RemoveDocument = graphql(`mutation RemoveFromCriticalTeam($input: RemoveFromCriticalTeamInput!) { removeFromCriticalTeam(input: $input) { user { id onCriticalTeam } } }`);

export function CriticalTeamPage() {
  const { data, loading, error, refetch } = useQuery(CriticalTeamDocument);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const found = useQuery(MemberUsersListDocument, { variables: { search: debounced }, skip: !debounced });
  const [add, adding] = useMutation(AddDocument);
  const [remove, removing] = useMutation(RemoveDocument);
  const team = data?.viewer.member?.criticalTeam.edges.map((e) => e.node) ?? [];
  const onTeam = new Set(team.map((u) => u.id));
  const done = () => void refetch();
  return (
    <Page title="Critical team" intro="Only these people (and service tokens you grant it under Tokens) may submit critical escalations.">
      <ErrorAlert error={error ?? adding.error ?? removing.error} />
      {loading && !data ? <Loading what="the critical team" /> : null}
      {data && !team.length ? <Empty>Nobody is on the critical team yet.</Empty> : null}
      {team.length ? (
        <Table aria-label="Critical team" striped>
          <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Email</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>
            {team.map((u) => (
              <Table.Tr key={u.id}><Table.Td>{u.name}</Table.Td><Table.Td>{u.email}</Table.Td>
                <Table.Td><Button size="xs" variant="light" color="red" aria-label={`Remove ${u.name}`} onClick={() => void remove({ variables: { input: { userId: u.id } } }).then(done).catch(() => undefined)}>Remove</Button></Table.Td></Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <Title order={2} size="h4">Add someone</Title>
      <TextInput type="search" label="Search users" value={search} onChange={(e) => setSearch(e.currentTarget.value)} maw={360} />
      {(found.data?.viewer.member?.users.edges ?? []).map(({ node: u }) => (
        <Group key={u.id} gap="sm">
          <Text size="sm">{u.name} ({u.email})</Text>
          {onTeam.has(u.id) ? <Text size="xs" c="dimmed">on the team</Text> : <Button size="xs" aria-label={`Add ${u.name}`} onClick={() => void add({ variables: { input: { userId: u.id } } }).then(done).catch(() => undefined)}>Add</Button>}
        </Group>
      ))}
      <Title order={2} size="h4">History</Title>
      <Table aria-label="Critical roster history">
        <Table.Tbody>
          {(data?.viewer.member?.criticalRosterHistory.edges ?? []).map(({ node: c }) => (
            <Table.Tr key={c.id}><Table.Td>{formatDateTime(c.at)}</Table.Td><Table.Td>{c.added ? 'Added' : 'Removed'} {c.user?.name ?? c.token?.name}</Table.Td><Table.Td>by {c.actor.name}</Table.Td></Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Page>
  );
}
