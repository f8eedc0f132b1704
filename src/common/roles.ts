import { registerEnumType } from 'type-graphql';

/** What a member's user may do inside the member. */
export enum UserRole {
  ADMIN = 'ADMIN',
  ENGINEER = 'ENGINEER',
}
registerEnumType(UserRole, {
  name: 'UserRole',
  description: "A user's role inside their member.",
  valuesConfig: {
    ADMIN: { description: "Configures the member: users, tokens, forms, departments, groups, the critical team." },
    ENGINEER: { description: 'Finds partners in the directory, submits and works collaboration requests.' },
  },
});
