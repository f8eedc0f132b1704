import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum RequestStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  INFORMATION_REQUESTED = 'INFORMATION_REQUESTED',
  REJECTED = 'REJECTED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(RequestStatus, {
  name: 'RequestStatus',
  description: 'Where a collaboration request stands.',
  valuesConfig: {
    OPEN: { description: 'Submitted; waiting for the receiver to respond.' },
    ACCEPTED: { description: 'The receiver took it on, with its own case number.' },
    INFORMATION_REQUESTED: { description: 'The receiver asked the requester for more information.' },
    REJECTED: { description: 'The receiver declined it, with a reason. Final.' },
    CLOSED: { description: 'Resolved; either side may reopen it within 30 days.' },
    CANCELLED: { description: 'Withdrawn by the requester before any response. Final.' },
  },
});

@ObjectType({ description: "The end customer's details, where the group needs entitlement." })
export class Customer {
  @Field({ description: "Customer's name." })
  name: string;

  @Field(() => String, { nullable: true, description: 'Contact e-mail address.' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: "The customer's entitlement (contract) id with the receiving vendor." })
  entitlementId?: string | null;
}

/**
 * How the caller stands to a request: one of its two parties, or an observer (the
 * requester of the request an engagement was made from, when the engaging member shared
 * it): an observer reads and acts on nothing.
 */
export type Side = 'REQUESTER' | 'RECEIVER' | 'OBSERVER';

/** The GraphQL enum of `Side`. */
export const SIDES = { REQUESTER: 'REQUESTER', RECEIVER: 'RECEIVER', OBSERVER: 'OBSERVER' } as const;
registerEnumType(SIDES, {
  name: 'Side',
  description: 'How your member stands to a request.',
  valuesConfig: {
    REQUESTER: { description: 'Your member submitted it (or engaged the receiver through it).' },
    RECEIVER: { description: 'Your member received it.' },
    OBSERVER: { description: 'An engagement of a request your member submitted, shared with you by the engaging member: you read it and act on nothing.' },
  },
});

/** Statuses in which a request is still being worked (an engagement in one of them is open). */
export const OPEN_STATUSES: readonly RequestStatus[] = [RequestStatus.OPEN, RequestStatus.ACCEPTED, RequestStatus.INFORMATION_REQUESTED];

/** Who takes a step: one of the two parties, or the automation (the follow-ups' auto-close). */
export type Actor = Side | 'AUTOMATION';
