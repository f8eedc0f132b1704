import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../graphql/generated';
import { ErrorAlert, fieldProblems } from '../../ui/errors';
import { Empty, Loading, Page } from '../../ui/page';
import { SecretOnce } from '../../ui/secret-once';
import { formatDateTime } from '../../ui/time';

export const MembersDocument = graphql(`
  query Members($search: String) {
    members(first: 100, search: $search) { totalCount edges { node { id name createdAt users(first: 1) { totalCount } } } }
  }
`);
const CreateMemberDocument = graphql(`
  mutation CreateMember($input: CreateMemberInput!) { createMember(input: $input) { adminToken member { id name } adminUser { id email } } }
`);

export function MembersPage() {
  const [search, setSearch] = useState('');
  const { data, loading, error, refetch } = useQuery(MembersDocument, { variables: { search: search.trim() || null } });
  const [create, creation] = useMutation(CreateMemberDocument);
  const [name, setName] = useState('');
  const [adminName, setAdminName] = useState('');
  const [adminEmail, setAdminEmail] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const problems = fieldProblems(creation.error);
  const members = data?.members.edges.map((e) => e.node) ?? [];
  return (
    <Page title="Members" intro="The vendors on the network. A new member gets its first admin, whose token is shown once.">
      {secret ? <SecretOnce title="The first admin's token" secret={secret} onDismiss={() => setSecret(null)} /> : null}
      <Card withBorder>
        <form onSubmit={(e) => { e.preventDefault(); create({ variables: { input: { name, admin: { name: adminName, email: adminEmail } } } }).then((r) => { setSecret(r.data?.createMember.adminToken ?? null); setName(''); setAdminName(''); setAdminEmail(''); void refetch(); }).catch(() => undefined); }}>
          <Stack gap="xs">
            <Title order={2} size="h4">Admit a member</Title>
            <Group grow align="start">
              <TextInput label="Member name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={problems.get('name')} />
              <TextInput label="Admin name" required value={adminName} onChange={(e) => setAdminName(e.currentTarget.value)} error={problems.get('admin.name')} />
              <TextInput label="Admin email" required value={adminEmail} onChange={(e) => setAdminEmail(e.currentTarget.value)} error={problems.get('admin.email')} />
            </Group>
            {!problems.size ? <ErrorAlert error={creation.error} /> : null}
            <Group><Button type="submit" loading={creation.loading}>Create member</Button></Group>
          </Stack>
        </form>
      </Card>
      <TextInput type="search" label="Search members" value={search} onChange={(e) => setSearch(e.currentTarget.value)} maw={360} />
      <ErrorAlert error={error} title="The members could not be loaded" />
      {loading && !data ? <Loading what="members" /> : null}
      {data && !members.length ? <Empty>No members match.</Empty> : null}
      {members.length ? (
        <Table aria-label="Members" striped>
          <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Users</Table.Th><Table.Th>Admitted</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>{members.map((m) => <Table.Tr key={m.id}><Table.Td>{m.name}</Table.Td><Table.Td>{m.users.totalCount}</Table.Td><Table.Td>{formatDateTime(m.createdAt)}</Table.Td></Table.Tr>)}</Table.Tbody>
        </Table>
      ) : null}
    </Page>
  );
}
