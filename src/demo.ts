import type { DataSource } from 'typeorm';
import { logger } from './common/logger';

/** One demo identity, printed once in the table. */
interface Identity {
  who: string;
  role: string;
  token: string;
}

class DemoClient {
  constructor(
    private readonly url: string,
    private readonly operatorToken: string,
  ) {}

  async call<T = any>(query: string, variables: Record<string, unknown>, token = this.operatorToken): Promise<T> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (body.errors?.length) throw new Error(`demo step failed: ${body.errors.map((e) => e.message).join('; ')}`);
    return body.data as T;
  }

  mutate<T = any>(name: string, selection: string, input: Record<string, unknown>, token?: string): Promise<T> {
    const type = name.charAt(0).toUpperCase() + name.slice(1);
    return this.call<Record<string, T>>(`mutation($input: ${type}Input!) { ${name}(input: $input) { ${selection} } }`, { input }, token).then((d) => d[name]);
  }
}

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];

/** The vendors of the demo network. */
const VENDORS = [
  { key: 'storage', name: 'Acme Storage', domain: 'acme-storage.example', people: ['Ada Lovelace', 'Sam Storage', 'Stella Array'] },
  { key: 'hypervisor', name: 'Hyperion Virtualization', domain: 'hyperion.example', people: ['Grace Hopper', 'Vic Hypervisor', 'Vera Guest'] },
  { key: 'network', name: 'Netwave Networks', domain: 'netwave.example', people: ['Alan Turing', 'Nina Switch', 'Ned Router'] },
] as const;

/** Whether the demo network is already on this database (its first vendor exists), whoever runs it. */
export async function demoPresent(dataSource: DataSource): Promise<boolean> {
  const [row] = (await dataSource.query(`SELECT EXISTS (SELECT 1 FROM member WHERE name = $1) AS present`, [VENDORS[0].name])) as Array<{ present: boolean }>;
  return row.present;
}

/**
 * Seeds a small, realistic network through the public API (so every rule applies): three
 * vendors with admins, engineers and service tokens; a collaborative group (London
 * business hours), an OEM group (24x7, short demo targets so SLA warnings come within
 * minutes) and the critical-escalation group with attested memberships and a roster;
 * forms, departments and a dozen requests in every status. Returns who is who.
 */
export async function seedDemo(url: string, operatorToken: string): Promise<Identity[]> {
  const api = new DemoClient(url, operatorToken);
  const identities: Identity[] = [{ who: 'Network operator', role: 'OPERATOR', token: operatorToken }];
  const vendors: Record<string, { id: string; admin: string; engineers: Array<{ id: string; token: string; name: string }>; service: string }> = {};

  for (const v of VENDORS) {
    const [adminName, ...engineerNames] = v.people;
    const created = await api.mutate('createMember', 'member { id } adminToken', { name: v.name, admin: { email: `admin@${v.domain}`, name: adminName } });
    const engineers = [];
    for (const name of engineerNames) {
      const email = `${name.split(' ')[0].toLowerCase()}@${v.domain}`;
      const user = (await api.mutate('createUser', 'user { id }', { email, name, role: 'ENGINEER' }, created.adminToken)).user;
      const token = (await api.mutate('issueToken', 'secret', { name: `${name} (demo)`, userId: user.id }, created.adminToken)).secret;
      engineers.push({ id: user.id, token, name });
    }
    const service = (await api.mutate('issueToken', 'secret', { name: `${v.name} ticketing system`, service: true }, created.adminToken)).secret;
    vendors[v.key] = { id: created.member.id, admin: created.adminToken, engineers, service };
    identities.push({ who: `${v.name}: ${adminName}`, role: 'ADMIN', token: created.adminToken });
    for (const e of engineers) identities.push({ who: `${v.name}: ${e.name}`, role: 'ENGINEER', token: e.token });
    identities.push({ who: `${v.name}: service token`, role: 'SERVICE', token: service });
  }

  const collaborative = (await api.mutate('createPartnerGroup', 'group { id }', {
    name: 'Storage & Virtualization Collaborative Support',
    kind: 'COLLABORATIVE',
    description: 'Joint support of Acme arrays under Hyperion hypervisors, for customers entitled with both.',
    joinRequirements: 'A support line staffed Mon–Fri 08:00–18:00 UK time.',
    slaPolicy: { targets: [
      { priority: 'P1', responseMinutes: 30, updateEveryMinutes: 120, resolutionMinutes: 1200 },
      { priority: 'P2', responseMinutes: 120, updateEveryMinutes: 480, resolutionMinutes: 3000 },
      { priority: 'P3', responseMinutes: 480, resolutionMinutes: 6000 },
      { priority: 'P4', responseMinutes: 600 },
    ] },
    calendar: { timeZone: 'Europe/London', workingHours: WEEKDAYS.map((day) => ({ day, from: '08:00', to: '18:00' })), holidays: ['2026-12-25', '2026-12-28', '2027-01-01'] },
  })).group;
  const oem = (await api.mutate('createPartnerGroup', 'group { id }', {
    name: 'Networking OEM Escalation',
    kind: 'OEM',
    description: "Hyperion's and Acme's support escalate network-fabric defects to Netwave engineering. Demo targets are short so SLA warnings come within minutes.",
    slaPolicy: { targets: [
      { priority: 'P1', responseMinutes: 4 },
      { priority: 'P2', responseMinutes: 8 },
      { priority: 'P3', responseMinutes: 240 },
      { priority: 'P4', responseMinutes: 1440 },
    ] },
    calendar: { timeZone: 'UTC', alwaysOpen: true },
  })).group;
  const critical = (await api.mutate('createPartnerGroup', 'group { id }', {
    name: 'Critical Escalation',
    kind: 'CRITICAL_ESCALATION',
    description: 'For business-critical customer situations: 24x7, 2-hour response, roster only.',
  })).group;

  const join = async (vendor: string, groupId: string, attestation?: string) => {
    const m = (await api.mutate('requestMembership', 'membership { id }', { groupId, attestation }, vendors[vendor].admin)).membership;
    await api.mutate('approveMembership', 'membership { id }', { id: m.id });
  };
  await join('storage', collaborative.id);
  await join('hypervisor', collaborative.id);
  for (const v of ['storage', 'hypervisor', 'network']) await join(v, oem.id);
  for (const v of ['storage', 'hypervisor', 'network']) await join(v, critical.id, `${VENDORS.find((x) => x.key === v)!.name} runs a 24x7 critical desk: +44 20 7946 0000, critical@${VENDORS.find((x) => x.key === v)!.domain}`);
  for (const v of Object.values(vendors)) {
    await api.mutate('addToCriticalTeam', 'user { id }', { userId: v.engineers[0].id }, v.admin);
  }

  const form = async (vendor: string, name: string, fields: unknown[]) => (await api.mutate('createProcessForm', 'form { id }', { name, fields }, vendors[vendor].admin)).form.id as string;
  const dept = async (vendor: string, groupId: string, formId: string, name: string, description: string) =>
    (await api.mutate('createDepartment', 'department { id }', { groupId, formId, name, description }, vendors[vendor].admin)).department.id as string;

  const storageForm = await form('storage', 'Acme array intake', [
    { key: 'array_model', label: 'Array model', type: 'SINGLE_SELECT', required: true, options: ['Acme A200', 'Acme A400', 'Acme A900'] },
    { key: 'serial', label: 'Array serial number', type: 'TEXT', required: true, maxLength: 32 },
    { key: 'firmware', label: 'Firmware version', type: 'TEXT', maxLength: 20 },
    { key: 'affected_hosts', label: 'Affected hosts', type: 'NUMBER', min: 1, max: 10000 },
    { key: 'protocols', label: 'Protocols in use', type: 'MULTI_SELECT', options: ['iSCSI', 'FC', 'NVMe-oF', 'NFS'] },
    { key: 'logs_url', label: 'Where to fetch logs', type: 'URL' },
  ]);
  const hyperForm = await form('hypervisor', 'Hyperion case intake', [
    { key: 'hypervisor_version', label: 'Hyperion version', type: 'TEXT', required: true },
    { key: 'cluster_size', label: 'Hosts in the cluster', type: 'NUMBER', min: 1 },
    { key: 'first_seen', label: 'First seen on', type: 'DATE' },
    { key: 'reproducible', label: 'Reproducible?', type: 'BOOLEAN' },
    { key: 'contact', label: 'Engineer to call back', type: 'EMAIL', required: true },
  ]);
  const netForm = await form('network', 'Netwave engineering escalation', [
    { key: 'switch_model', label: 'Switch model', type: 'TEXT', required: true },
    { key: 'nos_version', label: 'NOS version', type: 'TEXT', required: true },
    { key: 'topology', label: 'Topology and symptoms', type: 'LONG_TEXT' },
  ]);
  const storageDept = await dept('storage', collaborative.id, storageForm, 'Storage Support', 'Acme arrays: performance, replication, firmware');
  const hyperDept = await dept('hypervisor', collaborative.id, hyperForm, 'Virtualization Support', 'Hyperion hosts, guests, storage paths');
  const netDept = await dept('network', oem.id, netForm, 'Fabric Engineering', 'Netwave switches: defects and firmware escalations');
  const critDept = await dept('storage', critical.id, storageForm, 'Acme Critical Desk', '24x7 critical escalations for Acme arrays');

  const storage = vendors.storage;
  const hyper = vendors.hypervisor;
  const net = vendors.network;
  const submit = async (token: string, input: Record<string, unknown>) => (await api.mutate('submitRequest', 'request { id }', input, token)).request.id as string;
  const customer = { name: 'Globex Bank', contactEmail: 'it-ops@globex.example', entitlementId: 'GLX-2291' };
  const toStorage = (summary: string, priority: string, n: number) =>
    submit(hyper.engineers[n % 2].token, { departmentId: storageDept, priority, summary, customer, requesterCaseNumber: `HYP-${4100 + n}`, data: { array_model: 'Acme A400', serial: `A4-${9000 + n}`, firmware: '7.1.2', affected_hosts: 12 + n, protocols: ['iSCSI'] } });
  const toHyper = (summary: string, priority: string, n: number) =>
    submit(storage.engineers[n % 2].token, { departmentId: hyperDept, priority, summary, customer, requesterCaseNumber: `ACM-${7700 + n}`, data: { hypervisor_version: '9.3', cluster_size: 16, first_seen: '2026-11-20', reproducible: true, contact: 'sam@acme-storage.example' } });
  const toNet = (summary: string, priority: string, n: number, token = hyper.service) =>
    submit(token, { departmentId: netDept, priority, summary, requesterCaseNumber: `ESC-${300 + n}`, data: { switch_model: 'Netwave NX-48', nos_version: '12.4(3)', topology: 'Spine-leaf, 2 spines, 8 leaves; CRC errors on leaf 3 uplinks' } });

  await toStorage('Datastore latency spikes after array firmware 7.1.2', 'P2', 1);
  await toStorage('Replication lag between sites since Monday', 'P3', 2);
  const accepted = await toStorage('Host path failover takes 90 s instead of 30 s', 'P1', 3);
  await api.mutate('acceptRequest', 'request { id }', { id: accepted, receiverCaseNumber: 'ACM-CASE-55120', assigneeId: storage.engineers[0].id }, storage.engineers[0].token);
  await api.mutate('addNote', 'note { id }', { requestId: accepted, body: 'Please send the host logs from the failover window; we are looking at ALUA timings.' }, storage.engineers[0].token);
  await api.mutate('addNote', 'note { id }', { requestId: accepted, body: 'Internal: looks like the known path-checker defect, check with L3.', internal: true }, storage.engineers[0].token);
  const info = await toHyper('Guests lose their disks during array controller upgrade', 'P2', 4);
  await api.mutate('requestInformation', 'request { id }', { id: info, question: 'Which array controller firmware were you upgrading from and to?' }, hyper.engineers[0].token);
  const rejected = await toHyper('Licensing question about Hyperion 9', 'P4', 5);
  await api.mutate('rejectRequest', 'request { id }', { id: rejected, reason: 'Licensing is handled by Hyperion sales, not support: please contact your account manager.' }, hyper.engineers[1].token);
  const closed = await toHyper('VM snapshots fail on Acme NFS export', 'P3', 6);
  await api.mutate('acceptRequest', 'request { id }', { id: closed, receiverCaseNumber: 'HYP-CASE-88001' }, hyper.engineers[0].token);
  await api.mutate('closeRequest', 'request { id }', { id: closed, resolution: 'Fixed in Hyperion 9.3.1: the NFS client now retries on NFS3ERR_JUKEBOX.' }, hyper.engineers[0].token);
  const cancelled = await toHyper('Cannot mount datastore after reboot', 'P3', 7);
  await api.mutate('cancelRequest', 'request { id }', { id: cancelled, reason: 'Found it: a firewall change on our side.' }, storage.engineers[1].token);
  await toNet('CRC errors on leaf uplinks after NOS upgrade', 'P1', 8);
  await toNet('Leaf switch reboots under heavy multicast', 'P2', 9, storage.service);
  await toNet('LACP bundle flaps between leaf pairs', 'P1', 11, storage.engineers[1].token);
  const netAccepted = await toNet('MTU mismatch warnings on spine ports', 'P3', 10);
  await api.mutate('acceptRequest', 'request { id }', { id: netAccepted, receiverCaseNumber: 'NW-ENG-1201' }, net.engineers[0].token);
  // one chain: Acme's request to Hyperion, which engages Netwave for the fabric side, shared with Acme
  const chain = await toHyper('iSCSI sessions drop on hosts behind Netwave leaf 3', 'P2', 12);
  await api.mutate('acceptRequest', 'request { id }', { id: chain, receiverCaseNumber: 'HYP-CASE-88010' }, hyper.engineers[0].token);
  await api.mutate('engageParty', 'engagement { id }', {
    requestId: chain,
    departmentId: netDept,
    priority: 'P2',
    summary: 'CRC errors on leaf 3 uplinks drop the iSCSI sessions of a storage cluster',
    requesterCaseNumber: 'HYP-CASE-88010',
    data: { switch_model: 'Netwave NX-48', nos_version: '12.4(3)', topology: 'Hyperion hosts on leaf 3; Acme array on leaf 5; CRC errors on leaf 3 uplinks since the NOS upgrade' },
    shareWithRequester: true,
  }, hyper.engineers[0].token);
  await submit(hyper.engineers[0].token, {
    departmentId: critDept,
    priority: 'P1',
    summary: 'Bank core banking cluster lost all storage paths',
    customer,
    requesterCaseNumber: 'HYP-CRIT-1',
    receiverCaseNumber: 'ACM-CASE-55900',
    businessImpact: 'Globex Bank branch payments stopped nationwide.',
    data: { array_model: 'Acme A900', serial: 'A9-0001' },
  });
  return identities;
}

/** Prints the who-is-who table once. */
export function printIdentities(identities: Identity[], graphiqlUrl: string): void {
  const width = Math.max(...identities.map((i) => i.who.length));
  const lines = [
    '',
    'Crossdesk demo network: keep these tokens, they are shown only now.',
    `GraphiQL: ${graphiqlUrl}  (set the header  Authorization: Bearer <token>)`,
    '',
    `${'who'.padEnd(width)}  ${'role'.padEnd(8)}  token`,
    ...identities.map((i) => `${i.who.padEnd(width)}  ${i.role.padEnd(8)}  ${i.token}`),
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
  logger.info({ identities: identities.length }, 'demo network seeded');
}
