import type { TypedDocumentNode } from '@apollo/client';
import { useEffect, useRef } from 'react';
import { useConnection } from './connection-context';

export interface LiveEvent {
  id: string;
  cursor: string;
}

/**
 * Follows an event stream (`inboundRequests`, `requestEvents`): every event once, in order.
 * After the socket comes back from a drop it subscribes again from the last cursor it saw, so
 * the server replays what was missed (events it already handled are skipped); `onResync`
 * runs when nothing was seen yet, so the view can reload instead.
 */
export function useLiveEvents<TData, TVars extends { after?: string | null }>(
  document: TypedDocumentNode<TData, TVars>,
  variables: Omit<TVars, 'after'>,
  pick: (data: TData) => LiveEvent | undefined,
  onEvent: (event: LiveEvent, data: TData) => void,
  onResync?: () => void,
): void {
  const connection = useConnection();
  const handlers = useRef({ pick, onEvent, onResync });
  handlers.current = { pick, onEvent, onResync };
  const key = JSON.stringify(variables);
  useEffect(() => {
    let cursor: string | undefined;
    const seen = new Set<string>();
    let active = true;
    let subscription: { unsubscribe(): void } | undefined;
    const start = () => {
      subscription = connection.apollo
        .subscribe({ query: document, variables: { ...(JSON.parse(key) as object), after: cursor } as unknown as TVars })
        .subscribe({
          next: (result) => {
            if (!active || !result.data) return;
            const event = handlers.current.pick(result.data as TData);
            if (!event || seen.has(event.id)) return;
            seen.add(event.id);
            cursor = event.cursor;
            handlers.current.onEvent(event, result.data as TData);
          },
        });
    };
    start();
    const off = connection.onReconnect(() => {
      if (!active) return;
      subscription?.unsubscribe();
      start();
      if (!cursor) handlers.current.onResync?.();
    });
    return () => {
      active = false;
      off();
      subscription?.unsubscribe();
    };
  }, [connection, document, key]);
}
