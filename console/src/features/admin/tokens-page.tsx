import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Checkbox, Group, NativeSelect, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../graphql/generated';
import { ErrorAlert, fieldProblems } from '../../ui/errors';
import { Empty, Loading, Page } from '../../ui/page';
import { SecretOnce } from '../../ui/secret-once';
import { formatDateTime } from '../../ui/time';
import { MemberUsersListDocument } from './users-page';

const TokensDocument = graphql(`
  query Tokens {
    viewer { member { id tokens(first: 100) { edges { node { id name service canSubmitCritical createdAt lastUsedAt revokedAt secretPrefix user { id name } } } } } }
  }
`);
const IssueTokenDocument = graphql(`
  mutation IssueToken($input: IssueTokenInput!) { issueToken(input: $input) { secret token { id name } } }
`);
const RevokeTokenDocument = graphql(`
  mutation RevokeToken($input: RevokeTokenInput!) { revokeToken(input: $input) { token { id revokedAt } } }
`);
const SetTokenCriticalDocument = graphql(`
  mutation SetTokenCriticalAccess($input: SetTokenCriticalAccessInput!) { setTokenCriticalAccess(input: $input) { token { id canSubmitCritical } } }
`);

export function TokensPage() {
  const { data, loading, error, refetch } = useQuery(TokensDocument);
  const users = useQuery(MemberUsersListDocument, { variables: {} });
  const [issue, issuing] = useMutation(IssueTokenDocument);
  const [revoke, revoking] = useMutation(RevokeTokenDocument);
  const [setCritical, settingCritical] = useMutation(SetTokenCriticalDocument);
  const [name, setName] = useState('');
  const [service, setService] = useState(false);
  const [userId, setUserId] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const problems = fieldProblems(issuing.error);
  const tokens = data?.viewer.member?.tokens.edges.map((e) => e.node) ?? [];
  const userOptions = [{ value: '', label: 'Choose a user' }, ...(users.data?.viewer.member?.users.edges ?? []).map((e) => ({ value: e.node.id, label: `${e.node.name} (${e.node.email})` }))];
  return (
    <Page title="Tokens" intro="Personal tokens act as their user; service tokens act as your member (partner systems).">
      {secret ? <SecretOnce title="New token" secret={secret} onDismiss={() => setSecret(null)} /> : null}
      <Card withBorder>
        <form onSubmit={(e) => {
          e.preventDefault();
          issue({ variables: { input: { name, service, ...(service ? {} : { userId }) } } })
            .then((r) => { setSecret(r.data?.issueToken.secret ?? null); setName(''); void refetch(); })
            .catch(() => undefined);
        }}>
          <Stack gap="xs">
            <Title order={2} size="h4">Issue a token</Title>
            <Group align="end" grow>
              <TextInput label="Token name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={problems.get('name')} />
              <NativeSelect label="User" data={userOptions} value={userId} onChange={(e) => setUserId(e.currentTarget.value)} disabled={service} error={problems.get('userId')} />
            </Group>
            <Checkbox label="Service token (for a partner system, acts as the member)" checked={service} onChange={(e) => setService(e.currentTarget.checked)} />
            {!problems.size ? <ErrorAlert error={issuing.error} /> : null}
            <Group><Button type="submit" loading={issuing.loading}>Issue token</Button></Group>
          </Stack>
        </form>
      </Card>
      <ErrorAlert error={error ?? revoking.error ?? settingCritical.error} />
      {loading && !data ? <Loading what="tokens" /> : null}
      {data && !tokens.length ? <Empty>No tokens yet.</Empty> : null}
      {tokens.length ? (
        <Table aria-label="Tokens" striped>
          <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Acts as</Table.Th><Table.Th>Prefix</Table.Th><Table.Th>Last used</Table.Th><Table.Th>Critical</Table.Th><Table.Th>State</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {tokens.map((t) => (
              <Table.Tr key={t.id}>
                <Table.Td>{t.name}</Table.Td>
                <Table.Td>{t.service ? <Badge variant="light" tt="none">Service</Badge> : t.user?.name}</Table.Td>
                <Table.Td><code>{t.secretPrefix}…</code></Table.Td>
                <Table.Td>{formatDateTime(t.lastUsedAt)}</Table.Td>
                <Table.Td>
                  {t.service ? (
                    <Checkbox aria-label={`${t.name} may submit critical escalations`} checked={t.canSubmitCritical} disabled={Boolean(t.revokedAt)} onChange={(e) => void setCritical({ variables: { input: { tokenId: t.id, allowed: e.currentTarget.checked } } }).catch(() => undefined)} />
                  ) : '—'}
                </Table.Td>
                <Table.Td>
                  {t.revokedAt ? `Revoked ${formatDateTime(t.revokedAt)}` : (
                    <Button size="xs" color="red" variant="light" aria-label={`Revoke ${t.name}`} onClick={() => void revoke({ variables: { input: { id: t.id } } }).catch(() => undefined)}>Revoke</Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Page>
  );
}
