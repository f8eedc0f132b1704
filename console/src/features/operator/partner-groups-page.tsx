import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Checkbox, Fieldset, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { graphql } from '../../graphql/generated';
import type { BusinessCalendarInput, GroupKind, Priority, SlaPolicyInput, Weekday } from '../../graphql/generated/graphql';
import { ErrorAlert, fieldProblems } from '../../ui/errors';
import { Empty, Loading, Page } from '../../ui/page';
import { formatDateTime } from '../../ui/time';
import { KIND_WORDS } from '../../ui/words';

const PartnerGroupsDocument = graphql(`
  query PartnerGroups {
    partnerGroups(first: 100) {
      edges { node {
        id name kind description joinRequirements autoFollowUp
        slaPolicy { atRiskRatio targets { priority responseMinutes updateEveryMinutes resolutionMinutes } }
        calendar { timeZone alwaysOpen holidays workingHours { day from to } }
        memberships(first: 1) { totalCount }
      } }
    }
  }
`);
const CreateGroupDocument = graphql(`mutation CreatePartnerGroup($input: CreatePartnerGroupInput!) { createPartnerGroup(input: $input) { group { id name } } }`);
const UpdateGroupDocument = graphql(`mutation UpdatePartnerGroup($input: UpdatePartnerGroupInput!) { updatePartnerGroup(input: $input) { group { id name } } }`);
const SlaDueAtDocument = graphql(`query SlaDueAt($input: SlaDueAtInput!) { slaDueAt(input: $input) }`);

const PRIORITIES: Priority[] = ['P1', 'P2', 'P3', 'P4'];
const DAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const DAY_WORDS: Record<Weekday, string> = { MONDAY: 'Monday', TUESDAY: 'Tuesday', WEDNESDAY: 'Wednesday', THURSDAY: 'Thursday', FRIDAY: 'Friday', SATURDAY: 'Saturday', SUNDAY: 'Sunday' };
const ZONES: string[] = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? ['UTC', 'Europe/London', 'America/New_York'];

interface TargetDraft { priority: Priority; responseMinutes: number | ''; updateEveryMinutes: number | ''; resolutionMinutes: number | '' }
interface Draft {
  name: string; kind: GroupKind; description: string; joinRequirements: string; autoFollowUp: boolean;
  atRiskRatio: number | ''; targets: TargetDraft[];
  timeZone: string; alwaysOpen: boolean; hours: Array<{ day: Weekday; from: string; to: string }>; holidays: string;
}

const weekdays = (from: string, to: string) => DAYS.slice(0, 5).map((day) => ({ day, from, to }));
const emptyDraft = (): Draft => ({
  name: '', kind: 'COLLABORATIVE', description: '', joinRequirements: '', autoFollowUp: true, atRiskRatio: 0.75,
  targets: PRIORITIES.map((priority, i) => ({ priority, responseMinutes: [60, 240, 480, 960][i], updateEveryMinutes: '', resolutionMinutes: '' })),
  timeZone: 'Europe/London', alwaysOpen: false, hours: weekdays('08:00', '16:00'), holidays: '',
});

type GroupNode = NonNullable<ReturnType<typeof useQuery<import('../../graphql/generated/graphql').PartnerGroupsQuery>>['data']>['partnerGroups']['edges'][number]['node'];

function draftOf(g: GroupNode): Draft {
  return {
    name: g.name, kind: g.kind, description: g.description ?? '', joinRequirements: g.joinRequirements ?? '', autoFollowUp: g.autoFollowUp,
    atRiskRatio: g.slaPolicy.atRiskRatio,
    targets: PRIORITIES.map((p) => {
      const t = g.slaPolicy.targets.find((x) => x.priority === p);
      return { priority: p, responseMinutes: t?.responseMinutes ?? '', updateEveryMinutes: t?.updateEveryMinutes ?? '', resolutionMinutes: t?.resolutionMinutes ?? '' };
    }),
    timeZone: g.calendar.timeZone, alwaysOpen: g.calendar.alwaysOpen, hours: g.calendar.workingHours.map((h) => ({ day: h.day, from: h.from, to: h.to })), holidays: g.calendar.holidays.join(', '),
  };
}

function calendarOf(d: Draft): BusinessCalendarInput {
  return {
    timeZone: d.timeZone,
    alwaysOpen: d.alwaysOpen,
    workingHours: d.alwaysOpen ? [] : d.hours.map((h) => ({ day: h.day, from: h.from.trim(), to: h.to.trim() })),
    holidays: d.holidays.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean),
  };
}

function policyOf(d: Draft): SlaPolicyInput {
  return {
    ...(d.atRiskRatio !== '' ? { atRiskRatio: d.atRiskRatio } : {}),
    targets: d.targets.filter((t) => t.responseMinutes !== '').map((t) => ({
      priority: t.priority, responseMinutes: Number(t.responseMinutes),
      ...(t.updateEveryMinutes !== '' ? { updateEveryMinutes: Number(t.updateEveryMinutes) } : {}),
      ...(t.resolutionMinutes !== '' ? { resolutionMinutes: Number(t.resolutionMinutes) } : {}),
    })),
  };
}

/** A local date-time for <input type="datetime-local">, in the browser's zone. */
function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Where a target would fall in this calendar, asked of the server (slaDueAt), so the preview is the real rule. */
function DueTimePreview({ calendar }: { calendar: BusinessCalendarInput }) {
  const [from, setFrom] = useState(localInputValue(new Date()));
  const [minutes, setMinutes] = useState<number | ''>(240);
  const parsed = new Date(from);
  const ok = !Number.isNaN(parsed.getTime()) && minutes !== '';
  const [input] = useDebouncedValue(ok ? { calendar, from: parsed.toISOString(), minutes: Number(minutes) } : null, 250);
  const { data, error, loading } = useQuery(SlaDueAtDocument, { variables: { input: input! }, skip: !input });
  return (
    <Fieldset legend="Due-time preview">
      <Group align="end">
        <TextInput type="datetime-local" label="Submitted at" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <NumberInput label="Target minutes" min={1} value={minutes} onChange={(v) => setMinutes(typeof v === 'number' ? v : '')} />
        <div role="status" aria-live="polite" aria-label="Due time">
          {data?.slaDueAt ? (
            <Text>Due <time dateTime={data.slaDueAt} data-testid="due-preview">{formatDateTime(data.slaDueAt)}</time></Text>
          ) : loading ? <Text c="dimmed">Working it out…</Text> : null}
        </div>
      </Group>
      <ErrorAlert error={error} title="No preview" />
    </Fieldset>
  );
}

function GroupEditor({ initial, existing, saving, error, onSave, onCancel }: { initial: Draft; existing: boolean; saving: boolean; error: unknown; onSave: (d: Draft) => void; onCancel: () => void }) {
  const [d, setD] = useState<Draft>(initial);
  const set = (patch: Partial<Draft>) => setD((o) => ({ ...o, ...patch }));
  const problems = fieldProblems(error);
  const critical = d.kind === 'CRITICAL_ESCALATION';
  const calendar = calendarOf(d);
  const listed = (prefix: string) => [...problems.entries()].filter(([k]) => k.startsWith(prefix)).map(([k, v]) => `${k.slice(prefix.length).replace(/^\./, '') || prefix}: ${v}`).join('; ') || undefined;
  return (
    <form noValidate onSubmit={(e) => { e.preventDefault(); onSave(d); }}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Group name" required value={d.name} onChange={(e) => set({ name: e.currentTarget.value })} error={problems.get('name')} />
          <NativeSelect label="Kind" value={d.kind} onChange={(e) => set({ kind: e.currentTarget.value as GroupKind })} data={Object.entries(KIND_WORDS).map(([value, label]) => ({ value, label }))} error={problems.get('kind')} />
          <Textarea label="Description" autosize value={d.description} onChange={(e) => set({ description: e.currentTarget.value })} error={problems.get('description')} />
          <Textarea label="Join requirements" autosize value={d.joinRequirements} onChange={(e) => set({ joinRequirements: e.currentTarget.value })} error={problems.get('joinRequirements')} />
        </SimpleGrid>
        {critical ? (
          <Text size="sm" c="dimmed">Critical escalation runs on the fixed policy: 24x7x365 and a 2-hour response for every request; no automatic follow-ups.</Text>
        ) : (
          <>
            <Checkbox label="Automatic follow-ups and close of requests waiting on the requester" checked={d.autoFollowUp} onChange={(e) => set({ autoFollowUp: e.currentTarget.checked })} />
            <Fieldset legend="SLA policy">
              <Table aria-label="SLA targets">
                <Table.Thead><Table.Tr><Table.Th>Priority</Table.Th><Table.Th>Response (working minutes)</Table.Th><Table.Th>Update every</Table.Th><Table.Th>Resolution</Table.Th></Table.Tr></Table.Thead>
                <Table.Tbody>
                  {d.targets.map((t, i) => {
                    const setT = (patch: Partial<TargetDraft>) => set({ targets: d.targets.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
                    return (
                      <Table.Tr key={t.priority}>
                        <Table.Td>{t.priority}</Table.Td>
                        <Table.Td><NumberInput aria-label={`${t.priority} response minutes`} min={1} value={t.responseMinutes} onChange={(v) => setT({ responseMinutes: typeof v === 'number' ? v : '' })} /></Table.Td>
                        <Table.Td><NumberInput aria-label={`${t.priority} update every minutes`} min={1} value={t.updateEveryMinutes} onChange={(v) => setT({ updateEveryMinutes: typeof v === 'number' ? v : '' })} /></Table.Td>
                        <Table.Td><NumberInput aria-label={`${t.priority} resolution minutes`} min={1} value={t.resolutionMinutes} onChange={(v) => setT({ resolutionMinutes: typeof v === 'number' ? v : '' })} /></Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
              <NumberInput mt="xs" maw={240} label="At risk from" description="share of the target used (0.75 = 75%)" min={0.01} max={0.99} step={0.05} decimalScale={2} value={d.atRiskRatio} onChange={(v) => set({ atRiskRatio: typeof v === 'number' ? v : '' })} error={problems.get('slaPolicy.atRiskRatio')} />
              {listed('slaPolicy') ? <Text c="red" size="sm">{listed('slaPolicy')}</Text> : null}
            </Fieldset>
            <Fieldset legend="Business calendar">
              <Stack gap="xs">
                <Group align="end">
                  <NativeSelect label="Time zone" data={ZONES} value={d.timeZone} onChange={(e) => set({ timeZone: e.currentTarget.value })} error={problems.get('calendar.timeZone')} />
                  <Checkbox label="Always open (24x7x365)" checked={d.alwaysOpen} onChange={(e) => set({ alwaysOpen: e.currentTarget.checked })} />
                </Group>
                {!d.alwaysOpen ? (
                  <>
                    <Text size="sm" fw={500}>Working hours (local wall-clock, HH:mm; 24:00 ends the day; several per day allowed)</Text>
                    {d.hours.map((h, i) => {
                      const setH = (patch: Partial<typeof h>) => set({ hours: d.hours.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
                      return (
                        <Group key={i} gap="xs" align="end" role="group" aria-label={`Working hours ${i + 1}`}>
                          <NativeSelect aria-label={`Day ${i + 1}`} data={DAYS.map((value) => ({ value, label: DAY_WORDS[value] }))} value={h.day} onChange={(e) => setH({ day: e.currentTarget.value as Weekday })} />
                          <TextInput aria-label={`From ${i + 1}`} w={90} value={h.from} onChange={(e) => setH({ from: e.currentTarget.value })} error={problems.get(`calendar.workingHours.${i}.from`)} />
                          <Text>–</Text>
                          <TextInput aria-label={`To ${i + 1}`} w={90} value={h.to} onChange={(e) => setH({ to: e.currentTarget.value })} error={problems.get(`calendar.workingHours.${i}.to`)} />
                          <Button size="xs" variant="subtle" color="red" aria-label={`Remove working hours ${i + 1}`} onClick={() => set({ hours: d.hours.filter((_, j) => j !== i) })}>Remove</Button>
                        </Group>
                      );
                    })}
                    <Group><Button size="xs" variant="default" onClick={() => set({ hours: [...d.hours, { day: 'MONDAY', from: '09:00', to: '17:00' }] })}>Add working hours</Button></Group>
                  </>
                ) : null}
                <TextInput label="Holidays" description="local dates YYYY-MM-DD, separated by commas" value={d.holidays} onChange={(e) => set({ holidays: e.currentTarget.value })} error={listed('calendar.holidays')} />
                {listed('calendar') && !problems.get('calendar.timeZone') ? <Text c="red" size="sm">{listed('calendar')}</Text> : null}
                <DueTimePreview calendar={calendar} />
              </Stack>
            </Fieldset>
          </>
        )}
        {!problems.size ? <ErrorAlert error={error} /> : null}
        <Group>
          <Button type="submit" loading={saving}>{existing ? 'Save group' : 'Create group'}</Button>
          <Button variant="subtle" onClick={onCancel}>Back</Button>
        </Group>
      </Stack>
    </form>
  );
}

export function PartnerGroupsPage() {
  const { data, loading, error, refetch } = useQuery(PartnerGroupsDocument);
  const [create, creation] = useMutation(CreateGroupDocument);
  const [update, updating] = useMutation(UpdateGroupDocument);
  const [editing, setEditing] = useState<{ id?: string } | null>(null);
  const groups = data?.partnerGroups.edges.map((e) => e.node) ?? [];
  const current = editing?.id ? groups.find((g) => g.id === editing.id) : undefined;
  const save = (d: Draft) => {
    const critical = d.kind === 'CRITICAL_ESCALATION';
    const body = {
      name: d.name, kind: d.kind, description: d.description || null, joinRequirements: d.joinRequirements || null,
      ...(critical ? {} : { slaPolicy: policyOf(d), calendar: calendarOf(d), autoFollowUp: d.autoFollowUp }),
    };
    const run = current ? update({ variables: { input: { id: current.id, ...body } } }) : create({ variables: { input: body } });
    run.then(() => { setEditing(null); void refetch(); }).catch(() => undefined);
  };
  return (
    <Page title="Partner groups" intro="Each group's SLA policy and business calendar decide its requests' due times." actions={editing ? null : <Button onClick={() => setEditing({})}>New group</Button>}>
      {editing ? (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">{current ? `Edit ${current.name}` : 'New group'}</Title>
          <GroupEditor key={current?.id ?? 'new'} initial={current ? draftOf(current) : emptyDraft()} existing={Boolean(current)} saving={creation.loading || updating.loading} error={current ? updating.error : creation.error} onSave={save} onCancel={() => setEditing(null)} />
        </Card>
      ) : null}
      <ErrorAlert error={error} title="The groups could not be loaded" />
      {loading && !data ? <Loading what="groups" /> : null}
      {data && !groups.length ? <Empty>No groups yet.</Empty> : null}
      {groups.length ? (
        <Table aria-label="Partner groups" striped>
          <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Kind</Table.Th><Table.Th>Calendar</Table.Th><Table.Th>Response targets</Table.Th><Table.Th>Memberships</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>
            {groups.map((g) => (
              <Table.Tr key={g.id}>
                <Table.Td>{g.name}</Table.Td>
                <Table.Td><Badge variant="light" tt="none" color={g.kind === 'CRITICAL_ESCALATION' ? 'red' : 'blue'}>{KIND_WORDS[g.kind]}</Badge></Table.Td>
                <Table.Td><Text size="sm">{g.calendar.alwaysOpen ? '24x7' : `${g.calendar.workingHours.length} intervals`} · {g.calendar.timeZone}</Text></Table.Td>
                <Table.Td><Text size="sm">{g.slaPolicy.targets.map((t) => `${t.priority} ${t.responseMinutes}m`).join(' · ')}</Text></Table.Td>
                <Table.Td>{g.memberships.totalCount}</Table.Td>
                <Table.Td><Button size="xs" variant="default" aria-label={`Edit ${g.name}`} onClick={() => setEditing({ id: g.id })}>Edit</Button></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Page>
  );
}
