import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Checkbox, Code, Group, Loader, Modal, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Timeline, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../graphql/generated';
import type { RequestPageQuery } from '../../graphql/generated/graphql';
import { useViewer } from '../../graphql/connection-context';
import { useLiveEvents } from '../../graphql/use-live-events';
import { ErrorAlert, errorCode, errorExtension, fieldProblems } from '../../ui/errors';
import { formatDateTime } from '../../ui/time';
import { CLOCK_WORDS, humanize, PRIORITY_WORDS, STATUS_WORDS } from '../../ui/words';
import { RequestEventsPushDocument } from './request.fragments';
import { ClockStatus } from './sla';

const RequestPageDocument = graphql(`
  query RequestPage($id: ID!) {
    collaborationRequest(id: $id) {
      ...QueueRow
      data
      businessImpact
      firstRespondedAt
      closedAt
      customer { name contactEmail entitlementId }
      submittedBy { id name email }
      department { id name }
      duplicateOf { id summary }
      form { version name fields { key label type required options } }
      sla { kind cycle state dueAt stoppedAt startedAt targetMinutes elapsedMinutes atRiskAt pausedAt pausedMinutes }
      notes(first: 100) { totalCount edges { node { id body internal createdAt author { id name } member { id name } } } }
      timeline(first: 100) { totalCount edges { node { id type at actor { id name } detail } } }
    }
  }
`);

const MemberUsersDocument = graphql(`
  query MemberUsers($search: String) {
    viewer { member { id users(first: 50, search: $search) { edges { node { id name email } } } } }
  }
`);

const Accept = graphql(`mutation AcceptRequest($input: AcceptRequestInput!) { acceptRequest(input: $input) { request { ...QueueRow } } }`);
const AskInfo = graphql(`mutation RequestInformation($input: RequestInformationInput!) { requestInformation(input: $input) { request { ...QueueRow } } }`);
const ProvideInfo = graphql(`mutation ProvideInformation($input: ProvideInformationInput!) { provideInformation(input: $input) { request { ...QueueRow } } }`);
const Reject = graphql(`mutation RejectRequest($input: RejectRequestInput!) { rejectRequest(input: $input) { request { ...QueueRow } } }`);
const Close = graphql(`mutation CloseRequest($input: CloseRequestInput!) { closeRequest(input: $input) { request { ...QueueRow } } }`);
const Reopen = graphql(`mutation ReopenRequest($input: ReopenRequestInput!) { reopenRequest(input: $input) { request { ...QueueRow } } }`);
const Cancel = graphql(`mutation CancelRequest($input: CancelRequestInput!) { cancelRequest(input: $input) { request { ...QueueRow } } }`);
const Escalate = graphql(`mutation EscalateRequest($input: EscalateRequestInput!) { escalateRequest(input: $input) { request { ...QueueRow } } }`);
const Duplicate = graphql(`mutation CloseAsDuplicate($input: CloseAsDuplicateInput!) { closeAsDuplicate(input: $input) { request { ...QueueRow } } }`);
const Assign = graphql(`mutation AssignRequest($input: AssignRequestInput!) { assignRequest(input: $input) { request { ...QueueRow } } }`);
const AddNote = graphql(`mutation AddNote($input: AddNoteInput!) { addNote(input: $input) { note { id body internal } } }`);

type Request = NonNullable<RequestPageQuery['collaborationRequest']>;
type Side = 'REQUESTER' | 'RECEIVER';
type StepName = 'Accept' | 'Request information' | 'Provide information' | 'Reject' | 'Close' | 'Reopen' | 'Cancel' | 'Escalate' | 'Close as duplicate' | 'Assign';

/** The steps the request's status allows the viewer's side (the server's STEPS table), in the order they are offered. */
export function allowedSteps(request: Pick<Request, 'status' | 'firstRespondedAt' | 'escalatedAt' | 'priority'>, side: Side): StepName[] {
  const s = request.status;
  const steps: StepName[] = [];
  if (side === 'RECEIVER') {
    if (s === 'OPEN') steps.push('Accept', 'Request information', 'Reject');
    if (s === 'ACCEPTED') steps.push('Request information', 'Close');
    if (s === 'OPEN' || s === 'ACCEPTED' || s === 'INFORMATION_REQUESTED') steps.push('Close as duplicate');
  } else {
    if (s === 'INFORMATION_REQUESTED') steps.push('Provide information');
    if (s === 'ACCEPTED') steps.push('Close');
    if (s === 'OPEN' && !request.firstRespondedAt) steps.push('Cancel');
    if ((s === 'OPEN' || s === 'ACCEPTED') && !request.escalatedAt && request.priority !== 'P4') steps.push('Escalate');
  }
  if (s === 'CLOSED') steps.push('Reopen');
  if (s !== 'CLOSED' && s !== 'REJECTED' && s !== 'CANCELLED') steps.push('Assign');
  return steps;
}

function FormValue({ type, value }: { type: string; value: unknown }) {
  if (value === undefined || value === null || value === '') return <Text c="dimmed" size="sm">—</Text>;
  switch (type) {
    case 'BOOLEAN':
      return <Text size="sm">{value ? 'Yes' : 'No'}</Text>;
    case 'MULTI_SELECT':
      return <Group gap={4}>{(value as string[]).map((v) => <Badge key={v} variant="outline" size="sm">{v}</Badge>)}</Group>;
    case 'URL':
      return <Anchor href={String(value)} target="_blank" rel="noreferrer noopener" size="sm">{String(value)}</Anchor>;
    case 'EMAIL':
      return <Anchor href={`mailto:${String(value)}`} size="sm">{String(value)}</Anchor>;
    case 'LONG_TEXT':
      return <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{String(value)}</Text>;
    case 'DATE':
      return <Text size="sm">{new Date(`${String(value)}T00:00:00`).toLocaleDateString(undefined, { dateStyle: 'medium' })}</Text>;
    default:
      return <Text size="sm">{String(value)}</Text>;
  }
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">{label}</Text>
      <div>{children}</div>
    </div>
  );
}

function eventText(type: string, detail: Record<string, unknown> | null | undefined): string {
  const d = detail ?? {};
  switch (type) {
    case 'REQUEST_ACCEPTED': return `Accepted as ${String(d.receiverCaseNumber ?? '')}`;
    case 'INFORMATION_REQUESTED': return `Information requested: ${String(d.question ?? '')}`;
    case 'INFORMATION_PROVIDED': return `Information provided: ${String(d.answer ?? '')}`;
    case 'REQUEST_REJECTED': return `Rejected: ${String(d.reason ?? '')}`;
    case 'REQUEST_CLOSED': return `Closed: ${String(d.resolution ?? (d.duplicateOf ? 'duplicate' : ''))}`;
    case 'REQUEST_REOPENED': return `Reopened: ${String(d.reason ?? '')}`;
    case 'REQUEST_CANCELLED': return `Cancelled${d.reason ? `: ${String(d.reason)}` : ''}`;
    case 'REQUEST_ESCALATED': return `Escalated${d.reason ? `: ${String(d.reason)}` : ''}`;
    case 'SLA_AT_RISK': return `${CLOCK_WORDS[String(d.kind)] ?? 'SLA'} clock at risk`;
    case 'SLA_BREACHED': return `${CLOCK_WORDS[String(d.kind)] ?? 'SLA'} clock breached`;
    case 'NOTE_ADDED': return d.internal ? 'Internal note added' : 'Note added';
    case 'REQUEST_ASSIGNED': return `Assigned (${String(d.side ?? '').toLowerCase()} side)`;
    default: return humanize(type);
  }
}

/** The dialog of one step: its own inputs, the server's field errors under them, Confirm and Back. */
function StepDialog({ step, request, side, onDone }: { step: StepName; request: Request; side: Side; onDone: () => void }) {
  const [text, setText] = useState('');
  const [caseNumber, setCaseNumber] = useState('');
  const [userId, setUserId] = useState('');
  const [originalId, setOriginalId] = useState('');
  const users = useQuery(MemberUsersDocument, { variables: {}, skip: step !== 'Accept' && step !== 'Assign' });
  const [accept, a] = useMutation(Accept);
  const [ask, b] = useMutation(AskInfo);
  const [provide, c] = useMutation(ProvideInfo);
  const [reject, d] = useMutation(Reject);
  const [close, e] = useMutation(Close);
  const [reopen, f] = useMutation(Reopen);
  const [cancel, g] = useMutation(Cancel);
  const [escalate, h] = useMutation(Escalate);
  const [duplicate, i] = useMutation(Duplicate);
  const [assign, j] = useMutation(Assign);
  const states = { Accept: a, 'Request information': b, 'Provide information': c, Reject: d, Close: e, Reopen: f, Cancel: g, Escalate: h, 'Close as duplicate': i, Assign: j };
  const state = states[step];
  const problems = fieldProblems(state.error);
  const id = request.id;
  const userOptions = [{ value: '', label: step === 'Accept' ? 'Nobody yet' : 'Choose a user' }, ...(users.data?.viewer.member?.users.edges ?? []).map((u) => ({ value: u.node.id, label: `${u.node.name} (${u.node.email})` }))];
  const run = async () => {
    const calls: Record<StepName, () => Promise<unknown>> = {
      Accept: () => accept({ variables: { input: { id, receiverCaseNumber: caseNumber, ...(userId ? { assigneeId: userId } : {}) } } }),
      'Request information': () => ask({ variables: { input: { id, question: text } } }),
      'Provide information': () => provide({ variables: { input: { id, answer: text } } }),
      Reject: () => reject({ variables: { input: { id, reason: text } } }),
      Close: () => close({ variables: { input: { id, resolution: text } } }),
      Reopen: () => reopen({ variables: { input: { id, reason: text } } }),
      Cancel: () => cancel({ variables: { input: { id, reason: text || null } } }),
      Escalate: () => escalate({ variables: { input: { id, reason: text } } }),
      'Close as duplicate': () => duplicate({ variables: { input: { id, originalId: originalId.trim() } } }),
      Assign: () => assign({ variables: { input: { id, userId } } }),
    };
    try {
      await calls[step]();
      onDone();
    } catch {
      // shown from the mutation's state
    }
  };
  const textLabel: Partial<Record<StepName, string>> = {
    'Request information': 'Question', 'Provide information': 'Answer', Reject: 'Reason', Close: 'Resolution', Reopen: 'Reason', Cancel: 'Reason (optional)', Escalate: 'Reason',
  };
  const textPath: Partial<Record<StepName, string>> = { 'Request information': 'question', 'Provide information': 'answer', Reject: 'reason', Close: 'resolution', Reopen: 'reason', Cancel: 'reason', Escalate: 'reason' };
  const eligibleAt = errorExtension(state.error, 'eligibleAt');
  return (
    <Modal opened onClose={onDone} title={`${step}: ${request.summary}`} withCloseButton={false} centered>
      <form onSubmit={(ev) => { ev.preventDefault(); void run(); }}>
        <Stack>
          {step === 'Accept' ? (
            <>
              <TextInput label="Your case number" required data-autofocus value={caseNumber} onChange={(ev) => setCaseNumber(ev.currentTarget.value)} error={problems.get('receiverCaseNumber')} />
              <NativeSelect label="Assignee" data={userOptions} value={userId} onChange={(ev) => setUserId(ev.currentTarget.value)} error={problems.get('assigneeId')} />
            </>
          ) : null}
          {step === 'Assign' ? (
            <NativeSelect label={side === 'RECEIVER' ? 'Receiver engineer' : 'Requester engineer'} data={userOptions} value={userId} onChange={(ev) => setUserId(ev.currentTarget.value)} error={problems.get('userId')} required />
          ) : null}
          {step === 'Close as duplicate' ? (
            <TextInput label="Original request id" description="A request your member received from the same requester" required data-autofocus value={originalId} onChange={(ev) => setOriginalId(ev.currentTarget.value)} error={problems.get('originalId')} />
          ) : null}
          {textLabel[step] ? (
            <Textarea label={textLabel[step]} required={step !== 'Cancel'} data-autofocus autosize minRows={3} value={text} onChange={(ev) => setText(ev.currentTarget.value)} error={problems.get(textPath[step] ?? '')} />
          ) : null}
          {step === 'Escalate' ? (
            <Text size="sm" c="dimmed">P1 may be escalated at any time; P2 after 24 hours and P3 after 3 working days without an update from the receiver.</Text>
          ) : null}
          {problems.size === 0 ? <ErrorAlert error={state.error} /> : null}
          {eligibleAt ? <Text size="sm">Escalation becomes possible at {formatDateTime(String(eligibleAt))}.</Text> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>Back</Button>
            <Button type="submit" loading={state.loading}>Confirm</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function NoteForm({ requestId, onAdded }: { requestId: string; onAdded: () => void }) {
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [add, { loading, error }] = useMutation(AddNote);
  const problems = fieldProblems(error);
  return (
    <form
      onSubmit={(ev) => {
        ev.preventDefault();
        add({ variables: { input: { requestId, body, internal } } })
          .then(() => {
            setBody('');
            setInternal(false);
            onAdded();
          })
          .catch(() => undefined);
      }}
    >
      <Stack gap="xs">
        <Textarea label="Note" autosize minRows={2} value={body} onChange={(e) => setBody(e.currentTarget.value)} error={problems.get('body')} />
        <Group justify="space-between">
          <Checkbox label="Internal" description="only your member sees it" checked={internal} onChange={(e) => setInternal(e.currentTarget.checked)} />
          <Button type="submit" loading={loading} disabled={!body.trim()}>Add note</Button>
        </Group>
        {problems.size === 0 ? <ErrorAlert error={error} /> : null}
      </Stack>
    </form>
  );
}

/** A request's page: facts, form data, clocks, the notes thread, the timeline, and the steps allowed now. */
export function RequestPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(RequestPageDocument, { variables: { id } });
  const [step, setStep] = useState<StepName | null>(null);
  useLiveEvents(RequestEventsPushDocument, { requestId: id }, (d) => d.requestEvents, () => void refetch(), () => void refetch());
  const request = data?.collaborationRequest;
  if (loading && !request) return <Group gap="xs"><Loader size="sm" /><Text>Loading the request…</Text></Group>;
  if (!request) {
    return errorCode(error) === 'NOT_FOUND' || (!error && data) ? (
      <Alert color="gray" title="No such request">This request does not exist, or your member is not party to it. <Anchor component={Link} to="/inbound">Back to the inbound queue</Anchor></Alert>
    ) : <ErrorAlert error={error} title="The request could not be loaded" />;
  }
  const side: Side = request.toMember.id === viewer.member?.id ? 'RECEIVER' : 'REQUESTER';
  const steps = allowedSteps(request, side);
  const notes = request.notes.edges.map((e) => e.node);
  const events = request.timeline.edges.map((e) => e.node);
  return (
    <Stack gap="lg">
      <div>
        <Group gap="xs">
          <Badge variant="light" tt="none" color={request.status === 'OPEN' ? 'orange' : request.status === 'ACCEPTED' ? 'teal' : 'gray'}>{STATUS_WORDS[request.status]}</Badge>
          <Badge variant="light">{PRIORITY_WORDS[request.priority]}</Badge>
          {request.critical ? <Badge color="red">Critical escalation</Badge> : null}
          {request.escalatedAt ? <Badge color="grape">Escalated {formatDateTime(request.escalatedAt)}</Badge> : null}
          <Text size="sm" c="dimmed">{side === 'RECEIVER' ? `From ${request.fromMember.name}` : `To ${request.toMember.name} · ${request.department.name}`} · {request.group.name}</Text>
        </Group>
        <Title order={1} mt="xs">{request.summary}</Title>
      </div>
      {steps.length ? (
        <Group gap="xs" role="toolbar" aria-label="Steps">
          {steps.map((s) => (
            <Button key={s} variant={s === 'Accept' ? 'filled' : 'default'} color={s === 'Reject' || s === 'Cancel' ? 'red' : undefined} onClick={() => setStep(s)}>{s}</Button>
          ))}
        </Group>
      ) : null}
      {step ? <StepDialog step={step} request={request} side={side} onDone={() => { setStep(null); void refetch(); }} /> : null}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Stack gap="sm">
            <Title order={2} size="h4">Case</Title>
            <SimpleGrid cols={2}>
              <Fact label="Requester case number">{request.requesterCaseNumber}</Fact>
              <Fact label="Receiver case number">{request.receiverCaseNumber ?? '—'}</Fact>
              <Fact label="Requester engineer">{request.requesterAssignee?.name ?? '—'}</Fact>
              <Fact label="Receiver engineer">{request.receiverAssignee?.name ?? '—'}</Fact>
              <Fact label="Submitted">{formatDateTime(request.createdAt)}{request.submittedBy ? ` by ${request.submittedBy.name}` : ''}</Fact>
              <Fact label="Customer">{request.customer ? `${request.customer.name}${request.customer.contactEmail ? ` · ${request.customer.contactEmail}` : ''}${request.customer.entitlementId ? ` · ${request.customer.entitlementId}` : ''}` : '—'}</Fact>
              {request.businessImpact ? <Fact label="Business impact">{request.businessImpact}</Fact> : null}
              {request.duplicateOf ? <Fact label="Duplicate of"><Anchor component={Link} to={`/requests/${request.duplicateOf.id}`}>{request.duplicateOf.summary}</Anchor></Fact> : null}
              <Fact label="Request id"><Code>{request.id}</Code></Fact>
            </SimpleGrid>
          </Stack>
        </Card>
        <Card withBorder component="section" aria-label="SLA">
          <Title order={2} size="h4" mb="sm">SLA</Title>
          <Table verticalSpacing={4}>
            <Table.Thead><Table.Tr><Table.Th>Clock</Table.Th><Table.Th>State</Table.Th><Table.Th>Due</Table.Th><Table.Th>Target</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {request.sla.map((c) => (
                <Table.Tr key={`${c.kind}-${c.cycle}`}>
                  <Table.Td>{CLOCK_WORDS[c.kind] ?? c.kind}{c.cycle > 1 ? ` #${c.cycle}` : ''}</Table.Td>
                  <Table.Td><ClockStatus clock={c} /></Table.Td>
                  <Table.Td><Text size="sm">{formatDateTime(c.dueAt)}</Text></Table.Td>
                  <Table.Td><Text size="sm">{c.targetMinutes} working min{c.pausedMinutes ? ` (+${Math.round(c.pausedMinutes)} paused)` : ''}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      </SimpleGrid>
      <Card withBorder component="section" aria-label="Form data">
        <Title order={2} size="h4" mb="sm">{request.form.name} <Text span c="dimmed" size="sm">version {request.form.version}</Text></Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {request.form.fields.map((f) => (
            <Fact key={f.key} label={f.label}><FormValue type={f.type} value={request.data[f.key]} /></Fact>
          ))}
        </SimpleGrid>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder component="section" aria-label="Notes">
          <Title order={2} size="h4" mb="sm">Notes</Title>
          <Stack gap="sm">
            {notes.length === 0 ? <Text c="dimmed" size="sm">No notes yet.</Text> : null}
            {notes.map((n) => (
              <Card key={n.id} withBorder padding="xs" bg={n.internal ? 'var(--mantine-color-yellow-light)' : undefined} aria-label={n.internal ? 'Internal note' : 'Note'} component="article">
                <Group gap="xs" mb={4}>
                  <Text size="sm" fw={600}>{n.author?.name ?? n.member.name}</Text>
                  <Text size="xs" c="dimmed">{n.member.name} · {formatDateTime(n.createdAt)}</Text>
                  {n.internal ? <Badge size="xs" color="orange">Internal</Badge> : null}
                </Group>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{n.body}</Text>
              </Card>
            ))}
            <NoteForm requestId={request.id} onAdded={() => void refetch()} />
          </Stack>
        </Card>
        <Card withBorder component="section" aria-label="Timeline">
          <Title order={2} size="h4" mb="sm">Timeline</Title>
          <Timeline bulletSize={12} lineWidth={2} active={events.length}>
            {events.map((e) => (
              <Timeline.Item key={e.id} title={eventText(e.type, e.detail)}>
                <Text size="xs" c="dimmed">{formatDateTime(e.at)}{e.actor ? ` · ${e.actor.name}` : ''}</Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
