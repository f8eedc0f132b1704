import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, NativeSelect, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../graphql/generated';
import type { UserRole } from '../../graphql/generated/graphql';
import { ErrorAlert, fieldProblems } from '../../ui/errors';
import { Empty, Loading, Page } from '../../ui/page';
import { formatDateTime } from '../../ui/time';

export const MemberUsersListDocument = graphql(`
  query MemberUsersList($search: String) {
    viewer { member { id users(first: 100, search: $search) { totalCount edges { node { id name email role onCriticalTeam createdAt } } } } }
  }
`);

const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id name email role onCriticalTeam createdAt } } }
`);

export function UsersPage() {
  const [search, setSearch] = useState('');
  const { data, loading, error, refetch } = useQuery(MemberUsersListDocument, { variables: { search: search.trim() || null } });
  const [create, creation] = useMutation(CreateUserDocument);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<UserRole>('ENGINEER');
  const problems = fieldProblems(creation.error);
  const users = data?.viewer.member?.users.edges.map((e) => e.node) ?? [];
  return (
    <Page title="Users" intro="The people of your member. Each signs in with a personal token (see Tokens).">
      <Card withBorder>
        <form onSubmit={(e) => { e.preventDefault(); create({ variables: { input: { name, email, role } } }).then(() => { setName(''); setEmail(''); void refetch(); }).catch(() => undefined); }}>
          <Stack gap="xs">
            <Title order={2} size="h4">Add a user</Title>
            <Group align="start" grow>
              <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={problems.get('name')} />
              <TextInput label="Email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={problems.get('email')} />
              <NativeSelect label="Role" value={role} onChange={(e) => setRole(e.currentTarget.value as UserRole)} data={[{ value: 'ENGINEER', label: 'Engineer' }, { value: 'ADMIN', label: 'Admin' }]} />
            </Group>
            {!problems.size ? <ErrorAlert error={creation.error} /> : null}
            <Group><Button type="submit" loading={creation.loading}>Add user</Button></Group>
          </Stack>
        </form>
      </Card>
      <TextInput type="search" label="Search users" value={search} onChange={(e) => setSearch(e.currentTarget.value)} maw={360} />
      <ErrorAlert error={error} title="The users could not be loaded" />
      {loading && !data ? <Loading what="users" /> : null}
      {data && !users.length ? <Empty>No user matches.</Empty> : null}
      {users.length ? (
        <Table aria-label="Users" striped>
          <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Email</Table.Th><Table.Th>Role</Table.Th><Table.Th>Critical team</Table.Th><Table.Th>Added</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {users.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>{u.name}</Table.Td><Table.Td>{u.email}</Table.Td>
                <Table.Td><Badge variant="light" tt="none">{u.role === 'ADMIN' ? 'Admin' : 'Engineer'}</Badge></Table.Td>
                <Table.Td>{u.onCriticalTeam ? 'Yes' : 'No'}</Table.Td>
                <Table.Td>{formatDateTime(u.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Page>
  );
}
