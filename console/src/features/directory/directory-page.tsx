import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../graphql/generated';
import { useViewer } from '../../graphql/connection-context';
import { ErrorAlert } from '../../ui/errors';
import { KIND_WORDS } from '../../ui/words';

const DirectoryDocument = graphql(`
  query Directory($search: String, $first: Int) {
    directory(search: $search, first: $first) {
      totalCount
      edges { node { member { id name } group { id name kind } department { id name description } } }
    }
  }
`);

/** Whether the viewer may submit critical escalations (the roster, or a service token granted it). */
export function canSubmitCritical(viewer: ReturnType<typeof useViewer>): boolean {
  return viewer.user ? viewer.user.onCriticalTeam : Boolean(viewer.token?.service && viewer.token.canSubmitCritical);
}

/** Other members' departments in the groups the viewer's member is active in. */
export function DirectoryPage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const { data, previousData, loading, error } = useQuery(DirectoryDocument, { variables: { search: debounced || null, first: 100 } });
  const shown = data ?? previousData;
  const entries = shown?.directory.edges.map((e) => e.node) ?? [];
  const critical = canSubmitCritical(viewer);
  return (
    <Stack>
      <Title order={1}>Directory</Title>
      <TextInput type="search" label="Search the directory" placeholder="storage, networking, a vendor's name…" value={search} onChange={(e) => setSearch(e.currentTarget.value)} maw={480} />
      <ErrorAlert error={error} title="The directory could not be loaded" />
      {loading && !shown ? <Group gap="xs"><Loader size="sm" /><Text>Loading the directory…</Text></Group> : null}
      {shown && entries.length === 0 ? <Text c="dimmed">{debounced ? `Nothing in your groups matches “${debounced}”.` : 'Your member is not active in a group with other members yet (see Admin → Groups).'}</Text> : null}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {entries.map((e) => {
          const isCritical = e.group.kind === 'CRITICAL_ESCALATION';
          const label = `${e.department.name} — ${e.member.name}`;
          return (
            <Card key={e.department.id} withBorder component="article" aria-label={label}>
              <Stack gap={6} h="100%">
                <Group justify="space-between" align="start">
                  <div>
                    <Title order={2} size="h4">{e.department.name}</Title>
                    <Text size="sm" fw={500}>{e.member.name}</Text>
                  </div>
                  <Badge variant="light" color={isCritical ? 'red' : 'blue'}>{KIND_WORDS[e.group.kind]}</Badge>
                </Group>
                <Text size="sm" c="dimmed">{e.group.name}</Text>
                {e.department.description ? <Text size="sm">{e.department.description}</Text> : null}
                <div style={{ flex: 1 }} />
                {isCritical && !critical ? (
                  <Text size="xs" c="dimmed">Only your critical-escalation team can submit here.</Text>
                ) : (
                  <Button onClick={() => navigate(`/directory/${e.department.id}/submit`)} color={isCritical ? 'red' : undefined}>Submit request</Button>
                )}
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
