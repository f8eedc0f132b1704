import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { authChecker } from './common/auth-checker';
import { guardArgumentText } from './common/storable-text';
import { TokenResolver } from './modules/auth/token.resolver';
import { DepartmentResolver, DirectoryEntryResolver } from './modules/departments/department.resolver';
import { EventsResolver } from './modules/events/events.resolver';
import { EventSubscriptionResolver } from './modules/events/subscription.resolver';
import { NoteResolver, RequestEventResolver, RequestResolver } from './modules/requests/request.resolver';
import { CriticalRosterChangeResolver, CriticalRosterResolver } from './modules/members/critical-roster.resolver';
import { ApiTokenResolver, MemberResolver, UserResolver } from './modules/members/member.resolver';
import {
  MemberMembershipsResolver,
  MembershipChangeResolver,
  MembershipResolver,
  PartnerGroupResolver,
} from './modules/partner-groups/partner-group.resolver';
import { ProcessFormResolver, ProcessFormVersionResolver } from './modules/process-forms/process-form.resolver';
import { RequestSlaResolver, SlaClockResolver, SlaResolver } from './modules/sla/sla.resolver';
import { WebhookDeliveryResolver, WebhookResolver } from './modules/webhooks/webhook.resolver';

/** Every resolver of the API. */
export const resolvers = [
  MemberResolver,
  UserResolver,
  ApiTokenResolver,
  TokenResolver,
  PartnerGroupResolver,
  MembershipResolver,
  MembershipChangeResolver,
  MemberMembershipsResolver,
  ProcessFormResolver,
  ProcessFormVersionResolver,
  DepartmentResolver,
  DirectoryEntryResolver,
  RequestResolver,
  NoteResolver,
  RequestEventResolver,
  EventsResolver,
  EventSubscriptionResolver,
  CriticalRosterResolver,
  CriticalRosterChangeResolver,
  SlaResolver,
  RequestSlaResolver,
  SlaClockResolver,
  WebhookResolver,
  WebhookDeliveryResolver,
] as const;

/** Builds the code-first schema: resolvers, the auth checker, validation of every input. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    // streams come from the event feed (custom `subscribe`); type-graphql still wants a pub/sub
    pubSub: createPubSub(),
    authMode: 'error',
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
  });
  const roots: Array<[ReturnType<GraphQLSchema['getQueryType']>, string]> = [
    [schema.getQueryType(), 'Reads. Every field needs a bearer token except introspection.'],
    [schema.getMutationType(), 'Changes. Each takes one `input` argument and returns a payload named after it.'],
    [schema.getSubscriptionType(), 'Live streams over graphql-ws at the same /graphql path.'],
  ];
  for (const [type, description] of roots) if (type) type.description = description;
  return guardArgumentText(schema);
}

/** The schema as committed in `schema.graphql`: sorted, so the file only changes when the API does. */
export function printAppSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
