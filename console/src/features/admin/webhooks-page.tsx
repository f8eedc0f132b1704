import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Checkbox, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../graphql/generated';
import type { RequestEventType } from '../../graphql/generated/graphql';
import { ErrorAlert, fieldProblems } from '../../ui/errors';
import { Empty, Loading, Page } from '../../ui/page';
import { SecretOnce } from '../../ui/secret-once';
import { formatDateTime } from '../../ui/time';
import { humanize } from '../../ui/words';

const EVENT_TYPES: RequestEventType[] = ['REQUEST_SUBMITTED', 'REQUEST_ACCEPTED', 'INFORMATION_REQUESTED', 'INFORMATION_PROVIDED', 'REQUEST_REJECTED', 'NOTE_ADDED', 'REQUEST_ASSIGNED', 'REQUEST_CLOSED', 'REQUEST_REOPENED', 'REQUEST_CANCELLED', 'REQUEST_ESCALATED', 'FOLLOW_UP_SENT', 'SLA_AT_RISK', 'SLA_BREACHED'];

const WebhooksDocument = graphql(`
  query Webhooks {
    webhooks(first: 10) {
      edges { node {
        id url description eventTypes enabled disabledReason createdAt previousSecretExpiresAt
        deliveries(first: 10) { totalCount edges { node { id attempt status httpStatus durationMs error at redelivery event { id type } } } }
      } }
    }
  }
`);
const CreateWebhookDocument = graphql(`mutation CreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }`);
const UpdateWebhookDocument = graphql(`mutation UpdateWebhook($input: UpdateWebhookInput!) { updateWebhook(input: $input) { webhook { id enabled disabledReason } } }`);
const RotateDocument = graphql(`mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret webhook { id previousSecretExpiresAt } } }`);
const DeleteDocument = graphql(`mutation DeleteWebhook($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { webhook { id } } }`);
const RedeliverDocument = graphql(`mutation RedeliverWebhookEvent($input: RedeliverWebhookEventInput!) { redeliverWebhookEvent(input: $input) { delivery { id status } } }`);

export function WebhooksPage() {
  const { data, loading, error, refetch } = useQuery(WebhooksDocument);
  const [create, creation] = useMutation(CreateWebhookDocument);
  const [update, updating] = useMutation(UpdateWebhookDocument);
  const [rotate, rotating] = useMutation(RotateDocument);
  const [remove, removing] = useMutation(DeleteDocument);
  const [redeliver, redelivering] = useMutation(RedeliverDocument);
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [types, setTypes] = useState<string[]>([]);
  const [secret, setSecret] = useState<{ title: string; value: string } | null>(null);
  const problems = fieldProblems(creation.error);
  const hooks = data?.webhooks.edges.map((e) => e.node) ?? [];
  const done = () => void refetch();
  return (
    <Page title="Webhooks" intro="Endpoints that receive your member's events as signed JSON POSTs (Crossdesk-Signature).">
      {secret ? <SecretOnce title={secret.title} secret={secret.value} onDismiss={() => setSecret(null)} /> : null}
      <Card withBorder>
        <form onSubmit={(e) => { e.preventDefault(); create({ variables: { input: { url, description: description || null, eventTypes: types as RequestEventType[] } } }).then((r) => { if (r.data) setSecret({ title: 'Signing secret of the new webhook', value: r.data.createWebhook.secret }); setUrl(''); setDescription(''); setTypes([]); done(); }).catch(() => undefined); }}>
          <Stack gap="xs">
            <Title order={2} size="h4">New webhook</Title>
            <Group grow align="start">
              <TextInput label="URL" required placeholder="https://tickets.example.com/crossdesk" value={url} onChange={(e) => setUrl(e.currentTarget.value)} error={problems.get('url')} />
              <TextInput label="Description" value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={problems.get('description')} />
            </Group>
            <Checkbox.Group label="Event types" description="none ticked: every type, also types added later" value={types} onChange={setTypes} error={problems.get('eventTypes')}>
              <SimpleGrid cols={{ base: 2, md: 4 }} mt={4}>
                {EVENT_TYPES.map((t) => <Checkbox key={t} value={t} label={humanize(t)} />)}
              </SimpleGrid>
            </Checkbox.Group>
            {!problems.size ? <ErrorAlert error={creation.error} /> : null}
            <Group><Button type="submit" loading={creation.loading}>Create webhook</Button></Group>
          </Stack>
        </form>
      </Card>
      <ErrorAlert error={error ?? updating.error ?? rotating.error ?? removing.error ?? redelivering.error} />
      {loading && !data ? <Loading what="webhooks" /> : null}
      {data && !hooks.length ? <Empty>No webhooks yet.</Empty> : null}
      {hooks.map((h) => (
        <Card key={h.id} withBorder component="article" aria-label={h.url}>
          <Group justify="space-between" align="start">
            <div>
              <Title order={2} size="h5">{h.url}</Title>
              <Text size="sm" c="dimmed">{h.description ?? ''} {h.eventTypes.length ? h.eventTypes.map(humanize).join(', ') : 'every event type'}</Text>
              {h.enabled ? <Badge color="teal" tt="none">Enabled</Badge> : <Badge color="gray" tt="none">Disabled{h.disabledReason ? `: ${h.disabledReason}` : ''}</Badge>}
              {h.previousSecretExpiresAt ? <Text size="xs" c="dimmed">The previous secret also signs until {formatDateTime(h.previousSecretExpiresAt)}</Text> : null}
            </div>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => void update({ variables: { input: { id: h.id, enabled: !h.enabled } } }).then(done).catch(() => undefined)}>{h.enabled ? 'Disable' : 'Enable'}</Button>
              <Button size="xs" variant="default" onClick={() => void rotate({ variables: { input: { id: h.id } } }).then((r) => { if (r.data) setSecret({ title: 'New signing secret', value: r.data.rotateWebhookSecret.secret }); done(); }).catch(() => undefined)}>Rotate secret</Button>
              <Button size="xs" variant="light" color="red" onClick={() => void remove({ variables: { input: { id: h.id } } }).then(done).catch(() => undefined)}>Delete</Button>
            </Group>
          </Group>
          <Table mt="sm" aria-label={`Deliveries to ${h.url}`}>
            <Table.Thead><Table.Tr><Table.Th>At</Table.Th><Table.Th>Event</Table.Th><Table.Th>Attempt</Table.Th><Table.Th>Status</Table.Th><Table.Th>HTTP</Table.Th><Table.Th>Time</Table.Th><Table.Th /></Table.Tr></Table.Thead>
            <Table.Tbody>
              {h.deliveries.edges.length === 0 ? <Table.Tr><Table.Td colSpan={7}><Text size="sm" c="dimmed">Nothing delivered yet.</Text></Table.Td></Table.Tr> : null}
              {h.deliveries.edges.map(({ node: d }) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{formatDateTime(d.at)}</Table.Td><Table.Td>{humanize(d.event.type)}</Table.Td><Table.Td>{d.attempt}{d.redelivery ? ' (redelivery)' : ''}</Table.Td>
                  <Table.Td><Badge tt="none" color={d.status === 'SUCCEEDED' ? 'teal' : d.status === 'FAILED' ? 'red' : 'gray'}>{humanize(d.status)}</Badge>{d.error ? <Text size="xs" c="dimmed">{d.error}</Text> : null}</Table.Td>
                  <Table.Td>{d.httpStatus ?? '—'}</Table.Td><Table.Td>{d.durationMs != null ? `${d.durationMs} ms` : '—'}</Table.Td>
                  <Table.Td><Button size="xs" variant="subtle" onClick={() => void redeliver({ variables: { input: { webhookId: h.id, eventId: d.event.id } } }).then(done).catch(() => undefined)}>Redeliver</Button></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      ))}
    </Page>
  );
}
