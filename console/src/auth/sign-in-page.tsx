import { Alert, Button, Card, Center, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { session } from './session';

/**
 * Sign-in with an API token: it is checked with one `viewer` query before it is kept.
 * (A plain textbox, not a password field: API.md names it textbox "Token".)
 */
export function SignInPage({ notice }: { notice?: string }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const signIn = async () => {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token.trim()}` },
        body: JSON.stringify({ query: '{ viewer { isOperator } }' }),
      });
      const body = (await res.json()) as { errors?: Array<{ message: string }> };
      if (body.errors?.length) setError(body.errors[0].message);
      else session.signIn(token);
    } catch {
      setError('The server could not be reached. Check that it is running and try again.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Center mih="100vh" p="md" component="main">
      <Card withBorder shadow="sm" w={440} padding="xl">
        <form onSubmit={(e) => { e.preventDefault(); void signIn(); }}>
          <Stack>
            <Title order={1}>Crossdesk</Title>
            <Text c="dimmed" size="sm">Sign in with your Crossdesk API token. `npm run demo` prints one for each person of the demo network; a member admin issues them under Admin → Tokens.</Text>
            {notice ? <Alert color="yellow">{notice}</Alert> : null}
            <TextInput label="Token" spellCheck={false} required autoFocus autoComplete="off" placeholder="cdk_…" value={token} onChange={(e) => setToken(e.currentTarget.value)} error={error ?? undefined} />
            <Button type="submit" loading={busy} disabled={!token.trim()}>Sign in</Button>
          </Stack>
        </form>
      </Card>
    </Center>
  );
}
