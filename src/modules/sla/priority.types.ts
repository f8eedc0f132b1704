import { registerEnumType } from 'type-graphql';

/** How badly the customer is affected; each has its own SLA target. */
export enum Priority {
  P1 = 'P1',
  P2 = 'P2',
  P3 = 'P3',
  P4 = 'P4',
}
registerEnumType(Priority, {
  name: 'Priority',
  description: 'Request priority, from P1 (system down) to P4 (low).',
  valuesConfig: {
    P1: { description: 'System down: production stopped, no workaround.' },
    P2: { description: 'High: production seriously impaired.' },
    P3: { description: 'Medium: partial, non-critical loss of function.' },
    P4: { description: 'Low: a question, a cosmetic issue or a request for information.' },
  },
});

export const PRIORITIES: readonly Priority[] = [Priority.P1, Priority.P2, Priority.P3, Priority.P4];
