import { useQuery } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { Card, Group, NativeSelect, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../graphql/generated';
import type { SlaReportDirection, SlaReportGroupBy } from '../../graphql/generated/graphql';
import { ErrorAlert } from '../../ui/errors';
import { Empty, Loading, Page } from '../../ui/page';

const SlaReportDocument = graphql(`
  query SlaReport($input: SlaReportInput!) {
    slaReport(input: $input) { key label requests met breached open attainment medianResponseMinutes p90ResponseMinutes escalated resolutionAttainment }
  }
`);

const day = (d: Date) => d.toISOString().slice(0, 10);
const percent = (v: number | null | undefined) => (v == null ? '—' : `${Math.round(v * 1000) / 10}%`);
const minutes = (v: number | null | undefined) => (v == null ? '—' : `${Math.round(v)} min`);

/** SLA attainment and response times by group, member, department or priority over a period. */
export default function ReportsPage() {
  const [from, setFrom] = useState(day(new Date(Date.now() - 30 * 86400_000)));
  const [to, setTo] = useState(day(new Date()));
  const [groupBy, setGroupBy] = useState<SlaReportGroupBy>('GROUP');
  const [direction, setDirection] = useState<SlaReportDirection>('BOTH');
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to);
  const input = { from: `${from}T00:00:00.000Z`, to: new Date(new Date(`${to}T00:00:00.000Z`).getTime() + 86400_000).toISOString(), groupBy, direction };
  const { data, loading, error } = useQuery(SlaReportDocument, { variables: { input }, skip: !valid });
  const rows = data?.slaReport ?? [];
  return (
    <Page title="Reports" intro="SLA attainment (response clocks met of those decided) and time to response in working minutes.">
      <Group align="end">
        <TextInput type="date" label="From" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput type="date" label="To" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        <NativeSelect label="Group by" value={groupBy} onChange={(e) => setGroupBy(e.currentTarget.value as SlaReportGroupBy)} data={[{ value: 'GROUP', label: 'Group' }, { value: 'MEMBER', label: 'Partner' }, { value: 'DEPARTMENT', label: 'Department' }, { value: 'PRIORITY', label: 'Priority' }]} />
        <NativeSelect label="Direction" value={direction} onChange={(e) => setDirection(e.currentTarget.value as SlaReportDirection)} data={[{ value: 'BOTH', label: 'Both' }, { value: 'INBOUND', label: 'Inbound' }, { value: 'OUTBOUND', label: 'Outbound' }]} />
      </Group>
      <ErrorAlert error={error} title="The report could not be made" />
      {loading && !data ? <Loading what="the report" /> : null}
      {data && !rows.length ? <Empty>No requests in this period.</Empty> : null}
      {rows.length ? (
        <>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">Attainment</Title>
            <BarChart h={220} data={rows.map((r) => ({ label: r.label, Attainment: r.attainment == null ? 0 : Math.round(r.attainment * 1000) / 10 }))} dataKey="label" series={[{ name: 'Attainment', color: 'indigo.6' }]} unit="%" yAxisProps={{ domain: [0, 100] }} />
          </Card>
          <Table aria-label="SLA report" striped>
            <Table.Thead><Table.Tr><Table.Th>{groupBy === 'MEMBER' ? 'Partner' : groupBy === 'GROUP' ? 'Group' : groupBy === 'DEPARTMENT' ? 'Department' : 'Priority'}</Table.Th><Table.Th>Requests</Table.Th><Table.Th>Met</Table.Th><Table.Th>Breached</Table.Th><Table.Th>Open</Table.Th><Table.Th>Attainment</Table.Th><Table.Th>Median response</Table.Th><Table.Th>90th percentile</Table.Th><Table.Th>Escalated</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key}><Table.Td>{r.label}</Table.Td><Table.Td>{r.requests}</Table.Td><Table.Td>{r.met}</Table.Td><Table.Td>{r.breached}</Table.Td><Table.Td>{r.open}</Table.Td><Table.Td>{percent(r.attainment)}</Table.Td><Table.Td>{minutes(r.medianResponseMinutes)}</Table.Td><Table.Td>{minutes(r.p90ResponseMinutes)}</Table.Td><Table.Td>{r.escalated}</Table.Td></Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      ) : null}
    </Page>
  );
}
