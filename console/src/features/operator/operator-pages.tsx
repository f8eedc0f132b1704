import { Stack } from '@mantine/core';
import { Navigate, Route, Routes } from 'react-router';
import { SubNav } from '../../ui/sub-nav';
import { MembersPage } from './members-page';
import { MembershipsPage } from './memberships-page';
import { PartnerGroupsPage } from './partner-groups-page';

const PAGES = [
  { path: 'members', label: 'Members', element: <MembersPage /> },
  { path: 'groups', label: 'Partner groups', element: <PartnerGroupsPage /> },
  { path: 'memberships', label: 'Memberships', element: <MembershipsPage /> },
];

/** The network operator's pages (a chunk of its own). */
export default function OperatorPages() {
  return (
    <Stack>
      <SubNav label="Network pages" base="/network" pages={PAGES} />
      <Routes>
        {PAGES.map((p) => <Route key={p.path} path={p.path} element={p.element} />)}
        <Route path="*" element={<Navigate to="members" replace />} />
      </Routes>
    </Stack>
  );
}
