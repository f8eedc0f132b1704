import { createContext, useContext } from 'react';
import type { Connection } from './client';
import type { ViewerQuery } from './generated/graphql';

export const ConnectionContext = createContext<Connection | null>(null);

/** The signed-in connection (Apollo client and socket). */
export function useConnection(): Connection {
  const c = useContext(ConnectionContext);
  if (!c) throw new Error('useConnection outside a signed-in console');
  return c;
}

export type Viewer = ViewerQuery['viewer'];
export const ViewerContext = createContext<Viewer | null>(null);

/** Who is signed in: the operator, or a user or service token of a member. */
export function useViewer(): Viewer {
  const v = useContext(ViewerContext);
  if (!v) throw new Error('useViewer outside a signed-in console');
  return v;
}
