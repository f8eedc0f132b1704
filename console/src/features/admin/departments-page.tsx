import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, NativeSelect, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../graphql/generated';
import { MyGroupsDocument } from '../requests/queue-page';
import { ErrorAlert, fieldProblems } from '../../ui/errors';
import { Empty, Loading, Page } from '../../ui/page';
import { ProcessFormsDocument } from './forms-page';

const DepartmentsDocument = graphql(`
  query Departments {
    departments(first: 100, includeArchived: true) {
      edges { node { id name description archivedAt group { id name } form { id name version } } }
    }
  }
`);
const CreateDepartmentDocument = graphql(`
  mutation CreateDepartment($input: CreateDepartmentInput!) { createDepartment(input: $input) { department { id } } }
`);
const UpdateDepartmentDocument = graphql(`
  mutation UpdateDepartment($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { department { id form { id name version } } } }
`);
const ArchiveDepartmentDocument = graphql(`
  mutation ArchiveDepartment($input: ArchiveDepartmentInput!) { archiveDepartment(input: $input) { department { id archivedAt } } }
`);

export function DepartmentsPage() {
  const { data, loading, error, refetch } = useQuery(DepartmentsDocument);
  const groups = useQuery(MyGroupsDocument);
  const forms = useQuery(ProcessFormsDocument);
  const [create, creation] = useMutation(CreateDepartmentDocument);
  const [update, updating] = useMutation(UpdateDepartmentDocument);
  const [archive, archiving] = useMutation(ArchiveDepartmentDocument);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [groupId, setGroupId] = useState('');
  const [formId, setFormId] = useState('');
  const problems = fieldProblems(creation.error);
  const groupOptions = [{ value: '', label: 'Choose a group' }, ...(groups.data?.viewer.member?.memberships.edges ?? []).filter((e) => e.node.status === 'ACTIVE').map((e) => ({ value: e.node.group.id, label: e.node.group.name }))];
  const formOptions = (forms.data?.processForms.edges ?? []).map((e) => ({ value: e.node.id, label: `${e.node.name} (v${e.node.version})` }));
  const departments = data?.departments.edges.map((e) => e.node) ?? [];
  return (
    <Page title="Departments" intro="Your inbound processes: one group and one form each. Other members of the group find them in the directory.">
      <Card withBorder>
        <form onSubmit={(e) => { e.preventDefault(); create({ variables: { input: { name, description: description || null, groupId, formId: formId || formOptions[0]?.value || '' } } }).then(() => { setName(''); setDescription(''); void refetch(); }).catch(() => undefined); }}>
          <Stack gap="xs">
            <Title order={2} size="h4">New department</Title>
            <Group grow align="start">
              <TextInput label="Department name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={problems.get('name')} />
              <NativeSelect label="Group" required data={groupOptions} value={groupId} onChange={(e) => setGroupId(e.currentTarget.value)} error={problems.get('groupId')} />
              <NativeSelect label="Form" required data={formOptions.length ? formOptions : [{ value: '', label: 'Create a form first' }]} value={formId || formOptions[0]?.value || ''} onChange={(e) => setFormId(e.currentTarget.value)} error={problems.get('formId')} />
            </Group>
            <TextInput label="Description" value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={problems.get('description')} />
            {!problems.size ? <ErrorAlert error={creation.error} /> : null}
            <Group><Button type="submit" loading={creation.loading}>Create department</Button></Group>
          </Stack>
        </form>
      </Card>
      <ErrorAlert error={error ?? updating.error ?? archiving.error} />
      {loading && !data ? <Loading what="departments" /> : null}
      {data && !departments.length ? <Empty>No departments yet.</Empty> : null}
      {departments.length ? (
        <Table aria-label="Departments" striped>
          <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Group</Table.Th><Table.Th>Form</Table.Th><Table.Th>State</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {departments.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{d.name}</Table.Td>
                <Table.Td>{d.group.name}</Table.Td>
                <Table.Td>
                  <NativeSelect aria-label={`Form of ${d.name}`} size="xs" disabled={Boolean(d.archivedAt)} data={formOptions} value={d.form.id} onChange={(e) => void update({ variables: { input: { id: d.id, formId: e.currentTarget.value } } }).catch(() => undefined)} />
                </Table.Td>
                <Table.Td>{d.archivedAt ? <Badge color="gray" tt="none">Archived</Badge> : <Button size="xs" variant="light" color="red" aria-label={`Archive ${d.name}`} onClick={() => void archive({ variables: { input: { id: d.id } } }).catch(() => undefined)}>Archive</Button>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Page>
  );
}
