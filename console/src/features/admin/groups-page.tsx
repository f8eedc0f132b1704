import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../graphql/generated';
import { ErrorAlert } from '../../ui/errors';
import { Loading, Page } from '../../ui/page';
import { humanize, KIND_WORDS } from '../../ui/words';

const GroupsDocument = graphql(`
  query MemberGroups {
    partnerGroups(first: 100) { edges { node { id name kind description joinRequirements } } }
    viewer { member { id memberships(first: 100) { edges { node { id status attestation group { id } } } } } }
  }
`);
const RequestMembershipDocument = graphql(`mutation RequestMembership($input: RequestMembershipInput!) { requestMembership(input: $input) { membership { id status } } }`);
const AcceptInvitationDocument = graphql(`mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { id status } } }`);
const LeaveGroupDocument = graphql(`mutation LeaveGroup($input: LeaveGroupInput!) { leaveGroup(input: $input) { membership { id status } } }`);

/** Live (current) memberships win over past ones of the same group. */
const CURRENT = new Set(['INVITED', 'REQUESTED', 'ACTIVE', 'SUSPENDED']);

export function GroupsPage() {
  const { data, loading, error, refetch } = useQuery(GroupsDocument);
  const [requestJoin, requesting] = useMutation(RequestMembershipDocument);
  const [accept, accepting] = useMutation(AcceptInvitationDocument);
  const [leave, leaving] = useMutation(LeaveGroupDocument);
  const [attestations, setAttestations] = useState<Record<string, string>>({});
  const memberships = data?.viewer.member?.memberships.edges.map((e) => e.node) ?? [];
  const done = () => void refetch();
  return (
    <Page title="Groups" intro="The network's partner groups: ask to join, accept an invitation, or leave.">
      <ErrorAlert error={error ?? requesting.error ?? accepting.error ?? leaving.error} />
      {loading && !data ? <Loading what="groups" /> : null}
      <Stack>
        {(data?.partnerGroups.edges ?? []).map(({ node: g }) => {
          const m = memberships.find((x) => x.group.id === g.id && CURRENT.has(x.status)) ?? memberships.find((x) => x.group.id === g.id);
          const status = m && CURRENT.has(m.status) ? m.status : undefined;
          const critical = g.kind === 'CRITICAL_ESCALATION';
          const attestation = attestations[g.id] ?? '';
          return (
            <Card key={g.id} withBorder component="article" aria-label={g.name}>
              <Group justify="space-between" align="start">
                <div>
                  <Title order={2} size="h4">{g.name}</Title>
                  <Text size="sm" c="dimmed">{KIND_WORDS[g.kind]}</Text>
                  {g.description ? <Text size="sm">{g.description}</Text> : null}
                  {g.joinRequirements ? <Text size="sm"><b>To join:</b> {g.joinRequirements}</Text> : null}
                </div>
                <Badge tt="none" color={status === 'ACTIVE' ? 'teal' : status ? 'yellow' : 'gray'}>{status ? humanize(status) : m ? `Not a member (${humanize(m.status)})` : 'Not a member'}</Badge>
              </Group>
              <Stack gap="xs" mt="sm">
                {!status || status === 'INVITED' ? (
                  <Textarea label={critical ? 'Attestation (required)' : 'Attestation'} description={critical ? 'Describe your working internal critical-escalation process' : 'How your member meets the requirements'} value={attestation} onChange={(e) => setAttestations((a) => ({ ...a, [g.id]: e.currentTarget.value }))} autosize minRows={2} />
                ) : null}
                <Group gap="xs">
                  {!status ? <Button size="xs" onClick={() => void requestJoin({ variables: { input: { groupId: g.id, attestation: attestation || null } } }).then(done).catch(() => undefined)}>Ask to join</Button> : null}
                  {status === 'INVITED' && m ? <Button size="xs" onClick={() => void accept({ variables: { input: { id: m.id, attestation: attestation || null } } }).then(done).catch(() => undefined)}>Accept invitation</Button> : null}
                  {status ? <Button size="xs" variant="light" color="red" onClick={() => void leave({ variables: { input: { groupId: g.id } } }).then(done).catch(() => undefined)}>{status === 'ACTIVE' ? 'Leave' : status === 'INVITED' ? 'Turn down' : 'Withdraw'}</Button> : null}
                </Group>
              </Stack>
            </Card>
          );
        })}
      </Stack>
    </Page>
  );
}
