import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../graphql/generated';
import { ErrorAlert } from '../../ui/errors';
import { Loading, Page } from '../../ui/page';
import { formatDateTime } from '../../ui/time';
import { humanize } from '../../ui/words';
import { MembersDocument } from './members-page';

const GroupNamesDocument = graphql(`
  query GroupNames { partnerGroups(first: 100) { edges { node { id name kind } } } }
`);
// one query per group: the whole network's memberships in one would exceed the server's cost limit
const GroupMembershipsDocument = graphql(`
  query GroupMemberships($id: ID!) {
    partnerGroup(id: $id) { id memberships(first: 100) { edges { node { id status attestation updatedAt member { id name } } } } }
  }
`);
const InviteDocument = graphql(`mutation InviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { membership { id status } } }`);
const ApproveDocument = graphql(`mutation ApproveMembership($input: ApproveMembershipInput!) { approveMembership(input: $input) { membership { id status } } }`);
const DeclineDocument = graphql(`mutation DeclineMembership($input: DeclineMembershipInput!) { declineMembership(input: $input) { membership { id status } } }`);
const SuspendDocument = graphql(`mutation SuspendMembership($input: SuspendMembershipInput!) { suspendMembership(input: $input) { membership { id status } } }`);

const ORDER = ['REQUESTED', 'INVITED', 'ACTIVE', 'SUSPENDED', 'DECLINED', 'LEFT'];

function GroupMemberships({ group, version }: { group: { id: string; name: string }; version: number }) {
  const { data, loading, error, refetch } = useQuery(GroupMembershipsDocument, { variables: { id: group.id } });
  const [approve, approving] = useMutation(ApproveDocument);
  const [decline, declining] = useMutation(DeclineDocument);
  const [suspend, suspending] = useMutation(SuspendDocument);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [seen, setSeen] = useState(version);
  if (seen !== version) {
    setSeen(version);
    void refetch();
  }
  const rows = [...(data?.partnerGroup?.memberships.edges.map((e) => e.node) ?? [])].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  const done = () => void refetch();
  return (
    <Card withBorder component="section" aria-label={group.name}>
      <Title order={2} size="h4" mb="xs">{group.name}</Title>
      <ErrorAlert error={error ?? approving.error ?? declining.error ?? suspending.error} />
      {loading && !data ? <Loading what="memberships" /> : null}
      {data && !rows.length ? <Text c="dimmed" size="sm">No memberships yet.</Text> : null}
      {rows.length ? (
        <Table aria-label={`Memberships of ${group.name}`} striped verticalSpacing="sm">
          <Table.Thead><Table.Tr><Table.Th>Member</Table.Th><Table.Th>Status</Table.Th><Table.Th>Attestation</Table.Th><Table.Th>Decide</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {rows.map((m) => {
              const reason = reasons[m.id] ?? '';
              return (
                <Table.Tr key={m.id}>
                  <Table.Td>{m.member.name}</Table.Td>
                  <Table.Td><Badge color={m.status === 'ACTIVE' ? 'teal' : m.status === 'REQUESTED' ? 'orange' : 'gray'}>{humanize(m.status)}</Badge><Text size="xs" c="dimmed">{formatDateTime(m.updatedAt)}</Text></Table.Td>
                  <Table.Td><Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{m.attestation ?? '—'}</Text></Table.Td>
                  <Table.Td>
                    {m.status === 'REQUESTED' || m.status === 'ACTIVE' || m.status === 'SUSPENDED' ? (
                      <Group gap="xs">
                        {m.status !== 'ACTIVE' ? <Button size="xs" aria-label={`Approve ${m.member.name} in ${group.name}`} onClick={() => void approve({ variables: { input: { id: m.id } } }).then(done).catch(() => undefined)}>Approve</Button> : null}
                        {m.status !== 'SUSPENDED' ? <TextInput size="xs" aria-label={`Reason for ${m.member.name} in ${group.name}`} placeholder="Reason" value={reason} onChange={(e) => setReasons((r) => ({ ...r, [m.id]: e.currentTarget.value }))} /> : null}
                        {m.status === 'REQUESTED' ? <Button size="xs" color="red" variant="light" disabled={!reason.trim()} aria-label={`Decline ${m.member.name} in ${group.name}`} onClick={() => void decline({ variables: { input: { id: m.id, reason } } }).then(done).catch(() => undefined)}>Decline</Button> : null}
                        {m.status === 'ACTIVE' ? <Button size="xs" color="red" variant="light" disabled={!reason.trim()} aria-label={`Suspend ${m.member.name} in ${group.name}`} onClick={() => void suspend({ variables: { input: { id: m.id, reason } } }).then(done).catch(() => undefined)}>Suspend</Button> : null}
                      </Group>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      ) : null}
    </Card>
  );
}

export function MembershipsPage() {
  const { data, loading, error } = useQuery(GroupNamesDocument);
  const members = useQuery(MembersDocument, { variables: {} });
  const [invite, inviting] = useMutation(InviteDocument);
  const [groupId, setGroupId] = useState('');
  const [memberId, setMemberId] = useState('');
  const [version, setVersion] = useState(0);
  const groups = data?.partnerGroups.edges.map((e) => e.node) ?? [];
  return (
    <Page title="Memberships" intro="Requests to join wait here for approval, with the member's attestation.">
      <Card withBorder>
        <form onSubmit={(e) => { e.preventDefault(); invite({ variables: { input: { groupId, memberId } } }).then(() => setVersion((v) => v + 1)).catch(() => undefined); }}>
          <Stack gap="xs">
            <Title order={2} size="h4">Invite a member</Title>
            <Group grow align="end">
              <NativeSelect label="Group" data={[{ value: '', label: 'Choose a group' }, ...groups.map((g) => ({ value: g.id, label: g.name }))]} value={groupId} onChange={(e) => setGroupId(e.currentTarget.value)} />
              <NativeSelect label="Member" data={[{ value: '', label: 'Choose a member' }, ...(members.data?.members.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }))]} value={memberId} onChange={(e) => setMemberId(e.currentTarget.value)} />
              <Button type="submit" loading={inviting.loading} disabled={!groupId || !memberId}>Invite</Button>
            </Group>
            <ErrorAlert error={inviting.error} />
          </Stack>
        </form>
      </Card>
      <ErrorAlert error={error} title="The groups could not be loaded" />
      {loading && !data ? <Loading what="groups" /> : null}
      {groups.map((g) => <GroupMemberships key={g.id} group={g} version={version} />)}
    </Page>
  );
}
