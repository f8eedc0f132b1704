import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, Loader, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { validateFormData } from '@server-rules';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { graphql } from '../../graphql/generated';
import type { Priority } from '../../graphql/generated/graphql';
import { useViewer } from '../../graphql/connection-context';
import { FormFieldControl, formData, type FieldValue } from '../../forms/form-field-control';
import { ErrorAlert, fieldProblems } from '../../ui/errors';
import { KIND_WORDS, PRIORITY_WORDS } from '../../ui/words';
import { canSubmitCritical } from './directory-page';

const SubmitTargetDocument = graphql(`
  query SubmitTarget($id: ID!) {
    department(id: $id) {
      id
      name
      description
      member { id name }
      group { id name kind }
      form { id name version fields { key label type required options min max minDate maxDate maxLength helpText } }
    }
  }
`);

const SubmitRequestDocument = graphql(`
  mutation SubmitRequest($input: SubmitRequestInput!) {
    submitRequest(input: $input) { request { ...QueueRow } }
  }
`);

/** Groups that need the customer's details (dual entitlement), as the server's ENTITLEMENT_KINDS. */
const ENTITLEMENT_KINDS = new Set(['COLLABORATIVE', 'SOLUTION']);

function required(value: string, message = 'is required'): string | undefined {
  return value.trim() ? undefined : message;
}

/** The department's process form, rendered from its fields and checked with the server's own rules before it is sent. */
export function SubmitPage() {
  const { departmentId = '' } = useParams();
  const navigate = useNavigate();
  const viewer = useViewer();
  const { data, loading, error } = useQuery(SubmitTargetDocument, { variables: { id: departmentId } });
  const [submit, submission] = useMutation(SubmitRequestDocument);
  const [priority, setPriority] = useState<Priority>('P3');
  const [summary, setSummary] = useState('');
  const [caseNumber, setCaseNumber] = useState('');
  const [customerName, setCustomerName] = useState('');
  const [customerEmail, setCustomerEmail] = useState('');
  const [entitlement, setEntitlement] = useState('');
  const [impact, setImpact] = useState('');
  const [receiverCase, setReceiverCase] = useState('');
  const [values, setValues] = useState<Record<string, FieldValue>>({});
  const [local, setLocal] = useState<Map<string, string>>(new Map());
  const dept = data?.department;
  if (loading && !dept) return <Group gap="xs"><Loader size="sm" /><Text>Loading the form…</Text></Group>;
  if (!dept) return <ErrorAlert error={error ?? new Error('This department is not in your directory.')} title="The form could not be loaded" />;
  const critical = dept.group.kind === 'CRITICAL_ESCALATION';
  const needsCustomer = ENTITLEMENT_KINDS.has(dept.group.kind);
  const fields = dept.form.fields;
  const server = fieldProblems(submission.error);
  const problem = (path: string) => local.get(path) ?? server.get(path);

  const onSubmit = async () => {
    const dataObject = formData(fields, values);
    const problems = new Map<string, string>();
    for (const p of validateFormData(fields, dataObject)) problems.set(p.path, p.message);
    const top: Array<[string, string | undefined]> = [
      ['summary', required(summary)],
      ['requesterCaseNumber', required(caseNumber, 'is required: your own case number')],
      ['customer.name', needsCustomer ? required(customerName, `is required in ${dept.group.kind} groups (dual entitlement)`) : undefined],
      ['businessImpact', critical ? required(impact, 'is required for a critical escalation') : undefined],
      ['receiverCaseNumber', critical ? required(receiverCase, 'is required for a critical escalation: the case the customer already has open with the receiving vendor') : undefined],
    ];
    for (const [path, message] of top) if (message) problems.set(path, message);
    setLocal(problems);
    if (problems.size) {
      // the first refused control gets the focus, so the keyboard path goes straight to it
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const customer = customerName.trim() ? { name: customerName, contactEmail: customerEmail || null, entitlementId: entitlement || null } : null;
    try {
      const res = await submit({
        variables: {
          input: {
            departmentId: dept.id,
            priority,
            summary,
            requesterCaseNumber: caseNumber,
            data: dataObject,
            ...(customer ? { customer } : {}),
            ...(critical ? { businessImpact: impact, receiverCaseNumber: receiverCase } : {}),
          },
        },
      });
      const id = res.data?.submitRequest.request.id;
      if (id) navigate(`/requests/${id}`);
    } catch {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    }
  };
  const unplaced = [...server.keys()].filter((p) => !p.startsWith('data.') && !['summary', 'requesterCaseNumber', 'customer', 'customer.name', 'businessImpact', 'receiverCaseNumber'].includes(p));

  if (critical && !canSubmitCritical(viewer)) {
    return <Alert color="red" title="Critical escalation">Only your member's critical-escalation team can submit critical escalations. Ask your member admin.</Alert>;
  }
  return (
    <Stack maw={900}>
      <div>
        <Text size="sm" c="dimmed">{dept.member.name} · {dept.group.name} · {KIND_WORDS[dept.group.kind]}</Text>
        <Title order={1}>Submit a request to {dept.name}</Title>
        {dept.description ? <Text>{dept.description}</Text> : null}
      </div>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void onSubmit(); }}>
        <Stack>
          <Card withBorder>
            <Stack>
              <Title order={2} size="h4">The request</Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NativeSelect label="Priority" required value={priority} onChange={(e) => setPriority(e.currentTarget.value as Priority)} data={Object.entries(PRIORITY_WORDS).map(([value, label]) => ({ value, label }))} error={problem('priority')} disabled={critical} description={critical ? 'Critical escalations run on a fixed 2-hour clock' : undefined} />
                <TextInput label="Your case number" required value={caseNumber} onChange={(e) => setCaseNumber(e.currentTarget.value)} error={problem('requesterCaseNumber')} />
              </SimpleGrid>
              <TextInput label="Summary" required value={summary} onChange={(e) => setSummary(e.currentTarget.value)} error={problem('summary')} />
              {critical ? (
                <>
                  <Textarea label="Business impact" required autosize minRows={2} value={impact} onChange={(e) => setImpact(e.currentTarget.value)} error={problem('businessImpact')} />
                  <TextInput label="Receiver case number" description={`The case the customer already has open with ${dept.member.name}`} required value={receiverCase} onChange={(e) => setReceiverCase(e.currentTarget.value)} error={problem('receiverCaseNumber')} />
                </>
              ) : null}
            </Stack>
          </Card>
          {needsCustomer || !critical ? (
            <Card withBorder>
              <Stack>
                <Title order={2} size="h4">Customer{needsCustomer ? '' : ' (optional)'}</Title>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <TextInput label="Customer name" required={needsCustomer} value={customerName} onChange={(e) => setCustomerName(e.currentTarget.value)} error={problem('customer.name') ?? problem('customer')} />
                  <TextInput label="Customer contact email" type="email" value={customerEmail} onChange={(e) => setCustomerEmail(e.currentTarget.value)} error={problem('customer.contactEmail')} />
                  <TextInput label="Entitlement ID" value={entitlement} onChange={(e) => setEntitlement(e.currentTarget.value)} error={problem('customer.entitlementId')} />
                </SimpleGrid>
              </Stack>
            </Card>
          ) : null}
          <Card withBorder>
            <Stack>
              <Title order={2} size="h4">{dept.form.name} <Text span size="sm" c="dimmed">version {dept.form.version}</Text></Title>
              {fields.map((f) => (
                <FormFieldControl key={f.key} field={f} value={values[f.key]} error={problem(`data.${f.key}`)} onChange={(v) => setValues((old) => ({ ...old, [f.key]: v }))} />
              ))}
            </Stack>
          </Card>
          {unplaced.length ? <ErrorAlert error={submission.error} /> : null}
          {!server.size ? <ErrorAlert error={submission.error} /> : null}
          {local.size ? <Text c="red" size="sm" role="status">{local.size === 1 ? 'One field needs' : `${local.size} fields need`} your attention.</Text> : null}
          <Group>
            <Button type="submit" loading={submission.loading}>Submit</Button>
            <Button variant="default" onClick={() => navigate('/directory')}>Back to the directory</Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
