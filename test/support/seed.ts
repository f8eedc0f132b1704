import { ok, type TestServer } from './server';

let counter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

export interface SeededUser {
  id: string;
  email: string;
  token: string;
}

export interface SeededMember {
  id: string;
  name: string;
  admin: SeededUser;
  /** Creates a user of this member (engineer by default) with a personal token. */
  user(role?: 'ADMIN' | 'ENGINEER', name?: string): Promise<SeededUser>;
  /** Issues a service token of this member. */
  serviceToken(): Promise<{ id: string; token: string }>;
}

/**
 * Fluent factories that build a test's own world through the API, as a member admin or
 * the operator would: `const a = await seed(t).member()`.
 */
export function seed(t: TestServer) {
  return {
    async member(name = unique('Vendor')): Promise<SeededMember> {
      const email = `${unique('admin')}@example.com`;
      const res = ok(
        await t.gql(
          `mutation($input: CreateMemberInput!) { createMember(input: $input) { member { id name } adminUser { id email } adminToken } }`,
          { input: { name, admin: { email, name: 'First Admin' } } },
          t.operatorToken,
        ),
      );
      const m = res.createMember;
      const admin: SeededUser = { id: m.adminUser.id, email: m.adminUser.email, token: m.adminToken };
      return {
        id: m.member.id,
        name: m.member.name,
        admin,
        async user(role = 'ENGINEER', userName = 'Engineer') {
          const userEmail = `${unique(role.toLowerCase())}@example.com`;
          const u = ok(
            await t.gql(
              `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id email } } }`,
              { input: { email: userEmail, name: userName, role } },
              admin.token,
            ),
          ).createUser.user;
          const tok = ok(
            await t.gql(
              `mutation($input: IssueTokenInput!) { issueToken(input: $input) { secret } }`,
              { input: { name: 'test token', userId: u.id } },
              admin.token,
            ),
          ).issueToken;
          return { id: u.id, email: u.email, token: tok.secret };
        },
        async serviceToken() {
          const tok = ok(
            await t.gql(
              `mutation($input: IssueTokenInput!) { issueToken(input: $input) { token { id } secret } }`,
              { input: { name: 'partner system', service: true } },
              admin.token,
            ),
          ).issueToken;
          return { id: tok.token.id, token: tok.secret };
        },
      };
    },
  };
}
