/**
 * The one place that knows how the console proves who is signed in. Today: a Crossdesk API
 * token kept in sessionStorage (gone when the tab closes), sent as the Bearer header over HTTP
 * and as `connectionParams.authorization` over graphql-ws. When people sign in with e-mail and
 * password (an HttpOnly session cookie), only this module changes.
 */
const KEY = 'crossdesk.console.token';

type Listener = (token: string | null) => void;
const listeners = new Set<Listener>();

function read(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export const session = {
  /** The current credential, or null when signed out. */
  token(): string | null {
    return read();
  },
  signIn(token: string): void {
    sessionStorage.setItem(KEY, token.trim());
    listeners.forEach((l) => l(read()));
  },
  signOut(): void {
    sessionStorage.removeItem(KEY);
    listeners.forEach((l) => l(null));
  },
  /** Headers for a GraphQL request over HTTP. */
  httpHeaders(): Record<string, string> {
    const token = read();
    return token ? { authorization: `Bearer ${token}` } : {};
  },
  /** graphql-ws `connectionParams` for the WebSocket. */
  connectionParams(): Record<string, string> {
    const token = read();
    return token ? { authorization: `Bearer ${token}` } : {};
  },
  onChange(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
