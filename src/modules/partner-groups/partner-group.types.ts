import { registerEnumType } from 'type-graphql';

/** The kinds of collaboration a group can stand for (see PRODUCT.md). */
export enum GroupKind {
  COLLABORATIVE = 'COLLABORATIVE',
  SOLUTION = 'SOLUTION',
  OEM = 'OEM',
  SERVICE_PROVIDER = 'SERVICE_PROVIDER',
  CRITICAL_ESCALATION = 'CRITICAL_ESCALATION',
}
registerEnumType(GroupKind, {
  name: 'GroupKind',
  description: 'What kind of collaboration a partner group stands for.',
  valuesConfig: {
    COLLABORATIVE: { description: 'Both vendors support the customer (dual entitlement): customer details required.' },
    SOLUTION: { description: 'Warm transfer and joint troubleshooting of a joint solution: customer details required.' },
    OEM: { description: "A vendor's support escalates to the OEM's 3rd level or engineering; no customer entitlement needed." },
    SERVICE_PROVIDER: { description: 'A service provider escalates to the vendor; no customer entitlement needed.' },
    CRITICAL_ESCALATION: { description: 'The restricted 24x7 channel for business-critical situations: 2-hour response, roster only.' },
  },
});

