import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../graphql/generated';
import { ErrorAlert } from '../../ui/errors';
import { Loading, Page } from '../../ui/page';
import { formatDateTime } from '../../ui/time';
import { humanize } from '../../ui/words';
import { MembersDocument } from './members-page';

const MembershipsDocument = graphql(`
  query Memberships {
    partnerGroups(first: 100) {
      edges { node { id name kind memberships(first: 100) { edges { node { id status attestation updatedAt member { id name } history { id toStatus at reason byOperator } } } } } }
    }
  }
`);
const InviteDocument = graphql(`mutation InviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { membership { id status } } }`);
const ApproveDocument = graphql(`mutation ApproveMembership($input: ApproveMembershipInput!) { approveMembership(input: $input) { membership { id status } } }`);
const DeclineDocument = graphql(`mutation DeclineMembership($input: DeclineMembershipInput!) { declineMembership(input: $input) { membership { id status } } }`);
const SuspendDocument = graphql(`mutation SuspendMembership($input: SuspendMembershipInput!) { suspendMembership(input: $input) { membership { id status } } }`);

export function MembershipsPage() {
  const { data, loading, error, refetch } = useQuery(MembershipsDocument);
  const members = useQuery(MembersDocument, { variables: {} });
  const [invite, inviting] = useMutation(InviteDocument);
  const [approve, approving] = useMutation(ApproveDocument);
  const [decline, declining] = useMutation(DeclineDocument);
  const [suspend, suspending] = useMutation(SuspendDocument);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [groupId, setGroupId] = useState('');
  const [memberId, setMemberId] = useState('');
  const groups = data?.partnerGroups.edges.map((e) => e.node) ?? [];
  const rows = groups.flatMap((g) => g.memberships.edges.map((e) => ({ group: g, m: e.node })));
  const order = ['REQUESTED', 'INVITED', 'ACTIVE', 'SUSPENDED', 'DECLINED', 'LEFT'];
  rows.sort((a, b) => order.indexOf(a.m.status) - order.indexOf(b.m.status));
  const done = () => void refetch();
  return (
    <Page title="Memberships" intro="Requests to join wait here for approval, with the member's attestation.">
      <Card withBorder>
        <form onSubmit={(e) => { e.preventDefault(); invite({ variables: { input: { groupId, memberId } } }).then(done).catch(() => undefined); }}>
          <Stack gap="xs">
            <Title order={2} size="h4">Invite a member</Title>
            <Group grow align="end">
              <NativeSelect label="Group" data={[{ value: '', label: 'Choose a group' }, ...groups.map((g) => ({ value: g.id, label: g.name }))]} value={groupId} onChange={(e) => setGroupId(e.currentTarget.value)} />
              <NativeSelect label="Member" data={[{ value: '', label: 'Choose a member' }, ...(members.data?.members.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }))]} value={memberId} onChange={(e) => setMemberId(e.currentTarget.value)} />
              <Button type="submit" loading={inviting.loading} disabled={!groupId || !memberId}>Invite</Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <ErrorAlert error={error ?? inviting.error ?? approving.error ?? declining.error ?? suspending.error} />
      {loading && !data ? <Loading what="memberships" /> : null}
      <Table aria-label="Memberships" striped verticalSpacing="sm">
        <Table.Thead><Table.Tr><Table.Th>Group</Table.Th><Table.Th>Member</Table.Th><Table.Th>Status</Table.Th><Table.Th>Attestation</Table.Th><Table.Th>Decide</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {rows.map(({ group, m }) => {
            const reason = reasons[m.id] ?? '';
            return (
              <Table.Tr key={m.id}>
                <Table.Td>{group.name}</Table.Td>
                <Table.Td>{m.member.name}</Table.Td>
                <Table.Td><Badge tt="none" color={m.status === 'ACTIVE' ? 'teal' : m.status === 'REQUESTED' ? 'yellow' : 'gray'}>{humanize(m.status)}</Badge><Text size="xs" c="dimmed">{formatDateTime(m.updatedAt)}</Text></Table.Td>
                <Table.Td><Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{m.attestation ?? '—'}</Text></Table.Td>
                <Table.Td>
                  {m.status === 'REQUESTED' || m.status === 'ACTIVE' || m.status === 'SUSPENDED' ? (
                    <Group gap="xs">
                      {m.status !== 'ACTIVE' ? <Button size="xs" aria-label={`Approve ${m.member.name} in ${group.name}`} onClick={() => void approve({ variables: { input: { id: m.id } } }).then(done).catch(() => undefined)}>Approve</Button> : null}
                      {m.status !== 'SUSPENDED' ? <TextInput size="xs" aria-label={`Reason for ${m.member.name} in ${group.name}`} placeholder="Reason" value={reason} onChange={(e) => setReasons((r) => ({ ...r, [m.id]: e.currentTarget.value }))} /> : null}
                      {m.status === 'REQUESTED' ? <Button size="xs" color="red" variant="light" disabled={!reason.trim()} aria-label={`Decline ${m.member.name} in ${group.name}`} onClick={() => void decline({ variables: { input: { id: m.id, reason } } }).then(done).catch(() => undefined)}>Decline</Button> : null}
                      {m.status === 'ACTIVE' ? <Button size="xs" color="red" variant="light" disabled={!reason.trim()} aria-label={`Suspend ${m.member.name} in ${group.name}`} onClick={() => void suspend({ variables: { input: { id: m.id, reason } } }).then(done).catch(() => undefined)}>Suspend</Button> : null}
                    </Group>
                  ) : <Text size="xs" c="dimmed">{m.history.at(-1)?.reason ?? ''}</Text>}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Page>
  );
}
