import { Button, Group } from '@mantine/core';
import { NavLink, useLocation } from 'react-router';

/** A row of links to the pages of one area (Admin, Network), the current one marked. */
export function SubNav({ label, base, pages }: { label: string; base: string; pages: ReadonlyArray<{ path: string; label: string }> }) {
  const { pathname } = useLocation();
  return (
    <Group component="nav" aria-label={label} gap={4}>
      {pages.map((p) => {
        const to = `${base}/${p.path}`;
        const active = pathname.startsWith(to);
        return (
          <Button key={p.path} component={NavLink} to={to} size="xs" variant={active ? 'light' : 'subtle'} aria-current={active ? 'page' : undefined}>
            {p.label}
          </Button>
        );
      })}
    </Group>
  );
}
