import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../graphql/generated';
import { ErrorAlert } from '../../ui/errors';
import { Empty, Loading, Page } from '../../ui/page';
import { formatDateTime } from '../../ui/time';
import { FormEditor } from './form-editor';

export const ProcessFormsDocument = graphql(`
  query ProcessForms {
    processForms(first: 100) {
      edges { node {
        id name version updatedAt
        fields { key label type required options min max minDate maxDate maxLength helpText }
        versions { version name createdAt fields { key } }
      } }
    }
  }
`);
const CreateFormDocument = graphql(`
  mutation CreateProcessForm($input: CreateProcessFormInput!) { createProcessForm(input: $input) { form { id name version } } }
`);
const UpdateFormDocument = graphql(`
  mutation UpdateProcessForm($input: UpdateProcessFormInput!) { updateProcessForm(input: $input) { form { id name version } } }
`);

export function FormsPage() {
  const { data, loading, error, refetch } = useQuery(ProcessFormsDocument);
  const [create, creation] = useMutation(CreateFormDocument);
  const [update, updating] = useMutation(UpdateFormDocument);
  const [mode, setMode] = useState<{ kind: 'new' } | { kind: 'edit'; id: string } | null>(null);
  const forms = data?.processForms.edges.map((e) => e.node) ?? [];
  const editing = mode?.kind === 'edit' ? forms.find((f) => f.id === mode.id) : undefined;
  return (
    <Page title="Forms" intro="Process forms: the data your support process needs to take a request in. Editing publishes a new version; every request keeps the version it was submitted on." actions={mode ? null : <Button onClick={() => setMode({ kind: 'new' })}>New form</Button>}>
      {mode?.kind === 'new' ? (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">New form</Title>
          <FormEditor submitLabel="Create form" saving={creation.loading} error={creation.error} onCancel={() => setMode(null)}
            onSave={(input) => void create({ variables: { input } }).then(() => { setMode(null); void refetch(); }).catch(() => undefined)} />
        </Card>
      ) : null}
      {editing ? (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">Edit {editing.name} (now version {editing.version})</Title>
          <FormEditor key={editing.id + editing.version} initialName={editing.name} initialFields={editing.fields} submitLabel="Publish new version" saving={updating.loading} error={updating.error} onCancel={() => setMode(null)}
            onSave={(input) => void update({ variables: { input: { id: editing.id, ...input } } }).then(() => { setMode(null); void refetch(); }).catch(() => undefined)} />
        </Card>
      ) : null}
      <ErrorAlert error={error} title="The forms could not be loaded" />
      {loading && !data ? <Loading what="forms" /> : null}
      {data && !forms.length ? <Empty>No forms yet: create one, then link it to a group in Departments.</Empty> : null}
      <Stack>
        {forms.map((f) => (
          <Card key={f.id} withBorder component="article" aria-label={f.name}>
            <Group justify="space-between">
              <div>
                <Title order={2} size="h4">{f.name} <Badge variant="light" tt="none">version {f.version}</Badge></Title>
                <Text size="sm" c="dimmed">{f.fields.map((x) => `${x.label}${x.required ? ' *' : ''}`).join(' · ')}</Text>
              </div>
              <Button variant="default" onClick={() => setMode({ kind: 'edit', id: f.id })} aria-label={`Edit ${f.name}`}>Edit</Button>
            </Group>
            <Table mt="sm" aria-label={`Versions of ${f.name}`}>
              <Table.Thead><Table.Tr><Table.Th>Version</Table.Th><Table.Th>Name</Table.Th><Table.Th>Fields</Table.Th><Table.Th>Published</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {[...f.versions].sort((a, b) => b.version - a.version).map((v) => (
                  <Table.Tr key={v.version}><Table.Td>{v.version}</Table.Td><Table.Td>{v.name}</Table.Td><Table.Td>{v.fields.length}</Table.Td><Table.Td>{formatDateTime(v.createdAt)}</Table.Td></Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        ))}
      </Stack>
    </Page>
  );
}
