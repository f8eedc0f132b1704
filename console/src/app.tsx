import { ApolloProvider, useQuery } from '@apollo/client/react';
import { AppShell, Burger, Button, Center, Group, Loader, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { BrowserRouter, Navigate, NavLink as RouterNavLink, Route, Routes } from 'react-router';
import { session } from './auth/session';
import { SignInPage } from './auth/sign-in-page';
import { createConnection } from './graphql/client';
import { ConnectionContext, ViewerContext, type Viewer } from './graphql/connection-context';
import { graphql } from './graphql/generated';
import { DirectoryPage } from './features/directory/directory-page';
import { SubmitPage } from './features/directory/submit-page';
import { QueuePage } from './features/requests/queue-page';
import { RequestPage } from './features/requests/request-page';
import { ErrorAlert, errorCode } from './ui/errors';

// pages most people open less often come in their own chunks
const ReportsPage = lazy(() => import('./features/reports/reports-page'));
const AdminPages = lazy(() => import('./features/admin/admin-pages'));
const OperatorPages = lazy(() => import('./features/operator/operator-pages'));

const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      isOperator
      user { id name email role onCriticalTeam }
      member { id name }
      token { id name service canSubmitCritical }
    }
  }
`);

function Waiting({ text }: { text: string }) {
  return (
    <Center p="xl"><Group gap="xs"><Loader size="sm" /><Text>{text}</Text></Group></Center>
  );
}

function Shell({ viewer }: { viewer: Viewer }) {
  const [opened, { toggle }] = useDisclosure();
  const isAdmin = viewer.user?.role === 'ADMIN';
  const links = viewer.isOperator
    ? [{ to: '/network', label: 'Network' }]
    : [
        { to: '/inbound', label: 'Inbound' },
        { to: '/outbound', label: 'Outbound' },
        { to: '/directory', label: 'Directory' },
        { to: '/reports', label: 'Reports' },
        ...(isAdmin ? [{ to: '/admin', label: 'Admin' }] : []),
      ];
  const who = viewer.isOperator ? 'Network operator' : `${viewer.user?.name ?? viewer.token?.name ?? 'Service token'} · ${viewer.member?.name ?? ''}`;
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Text fw={700} size="lg">Crossdesk</Text>
          </Group>
          <Group gap="sm">
            <Text size="sm" c="dimmed">{who}</Text>
            <Button size="xs" variant="default" onClick={() => session.signOut()}>Sign out</Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        {links.map((l) => (
          <NavLink key={l.to} component={RouterNavLink} to={l.to} label={l.label} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
          <Suspense fallback={<Waiting text="Loading…" />}>
            <Routes>
              {viewer.isOperator ? (
                <>
                  <Route path="/network/*" element={<OperatorPages />} />
                  <Route path="*" element={<Navigate to="/network" replace />} />
                </>
              ) : (
                <>
                  <Route path="/inbound" element={<QueuePage key="inbound" direction="inbound" />} />
                  <Route path="/outbound" element={<QueuePage key="outbound" direction="outbound" />} />
                  <Route path="/requests/:id" element={<RequestPage />} />
                  <Route path="/directory" element={<DirectoryPage />} />
                  <Route path="/directory/:departmentId/submit" element={<SubmitPage />} />
                  <Route path="/reports" element={<ReportsPage />} />
                  {isAdmin ? <Route path="/admin/*" element={<AdminPages />} /> : null}
                  <Route path="*" element={<Navigate to="/inbound" replace />} />
                </>
              )}
            </Routes>
          </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}

function SignedIn({ onRefused }: { onRefused: (message: string) => void }) {
  const { data, error, loading } = useQuery(ViewerDocument, { fetchPolicy: 'network-only' });
  useEffect(() => {
    if (errorCode(error) === 'UNAUTHENTICATED') onRefused('Your token was not accepted (revoked or mistyped): sign in again.');
  }, [error, onRefused]);
  if (loading && !data) return <Waiting text="Signing in…" />;
  if (!data) {
    return (
      <Center p="xl"><Stack><Title order={1}>Crossdesk</Title><ErrorAlert error={error} title="The console could not start" /><Button onClick={() => session.signOut()}>Sign out</Button></Stack></Center>
    );
  }
  return (
    <ViewerContext.Provider value={data.viewer}>
      <Shell viewer={data.viewer} />
    </ViewerContext.Provider>
  );
}

/** The console: sign-in, then one connection per credential, the viewer, and the pages its role sees. */
export function App() {
  const [token, setToken] = useState(session.token());
  const [notice, setNotice] = useState<string | undefined>();
  useEffect(() => session.onChange(setToken), []);
  const connection = useMemo(() => (token ? createConnection() : null), [token]);
  useEffect(() => () => connection?.dispose(), [connection]);
  if (!connection) return <SignInPage notice={notice} />;
  return (
    <ConnectionContext.Provider value={connection}>
      <ApolloProvider client={connection.apollo}>
        <BrowserRouter>
          <SignedIn
            onRefused={(message) => {
              setNotice(message);
              session.signOut();
            }}
          />
        </BrowserRouter>
      </ApolloProvider>
    </ConnectionContext.Provider>
  );
}


