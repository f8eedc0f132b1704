import { Stack } from '@mantine/core';
import { Navigate, Route, Routes } from 'react-router';
import { SubNav } from '../../ui/sub-nav';
import { CriticalTeamPage } from './critical-team-page';
import { DepartmentsPage } from './departments-page';
import { FormsPage } from './forms-page';
import { GroupsPage } from './groups-page';
import { TokensPage } from './tokens-page';
import { UsersPage } from './users-page';
import { WebhooksPage } from './webhooks-page';

const PAGES = [
  { path: 'users', label: 'Users', element: <UsersPage /> },
  { path: 'tokens', label: 'Tokens', element: <TokensPage /> },
  { path: 'forms', label: 'Forms', element: <FormsPage /> },
  { path: 'departments', label: 'Departments', element: <DepartmentsPage /> },
  { path: 'critical-team', label: 'Critical team', element: <CriticalTeamPage /> },
  { path: 'webhooks', label: 'Webhooks', element: <WebhooksPage /> },
  { path: 'groups', label: 'Groups', element: <GroupsPage /> },
];

/** The member admin's pages (a chunk of its own: engineers never load it). */
export default function AdminPages() {
  return (
    <Stack>
      <SubNav label="Admin pages" base="/admin" pages={PAGES} />
      <Routes>
        {PAGES.map((p) => <Route key={p.path} path={p.path} element={p.element} />)}
        <Route path="*" element={<Navigate to="users" replace />} />
      </Routes>
    </Stack>
  );
}
