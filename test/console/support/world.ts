import { seed } from '../../support/seed';
import { ok, type TestServer } from '../../support/server';

/** A process form with one field of every type, with limits and options. */
export const EVERY_TYPE_FIELDS = [
  { key: 'array_model', label: 'Array model', type: 'TEXT', required: true, maxLength: 40 },
  { key: 'what_happened', label: 'What happened', type: 'LONG_TEXT', required: false },
  { key: 'host_count', label: 'Affected hosts', type: 'NUMBER', required: false, min: 1, max: 500 },
  { key: 'admin_email', label: 'Storage admin e-mail', type: 'EMAIL', required: true },
  { key: 'logs_url', label: 'Where to fetch logs', type: 'URL', required: false },
  { key: 'started_on', label: 'Started on', type: 'DATE', required: false, minDate: '2020-01-01' },
  { key: 'protocol', label: 'Protocol', type: 'SINGLE_SELECT', required: true, options: ['iSCSI', 'FC', 'NFS'] },
  { key: 'features', label: 'Features in use', type: 'MULTI_SELECT', required: false, options: ['Replication', 'Snapshots'] },
  { key: 'production', label: 'Production affected', type: 'BOOLEAN', required: false },
];

let n = 0;

/**
 * Two vendors in a 24x7 collaborative group: Acme (receiver, with a "Storage Support"
 * department on a form of every field type) and Hyperion (requester), an engineer each.
 */
export async function consoleWorld(t: TestServer) {
  const s = seed(t);
  const tag = `${process.pid}-${++n}`;
  const group = await s.group({ name: `Storage & Virtualization ${tag}`, calendar: { timeZone: 'Europe/London', alwaysOpen: true } });
  const acme = await s.member(`Acme Storage ${tag}`);
  const hyperion = await s.member(`Hyperion Virtualization ${tag}`);
  await s.join(acme, group.id);
  await s.join(hyperion, group.id);
  const form = await s.form(acme, EVERY_TYPE_FIELDS);
  const department = await s.department(acme, group.id, form.id, 'Storage Support', 'Arrays, replication and storage paths');
  const sam = await acme.user('ENGINEER', 'Sam Storage');
  const vic = await hyperion.user('ENGINEER', 'Vic Hypervisor');
  /** Submits through the API as Vic (for the requests a test needs but does not walk through). */
  async function submit(summary: string, priority = 'P3'): Promise<string> {
    const res = ok(
      await t.gql(
        `mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { request { id } } }`,
        {
          input: {
            departmentId: department.id,
            priority,
            summary,
            requesterCaseNumber: `HYP-${++n}`,
            customer: { name: 'Globex Bank' },
            data: { array_model: 'Acme A400', admin_email: 'storage@globex.example', protocol: 'FC' },
          },
        },
        vic.token,
      ),
    );
    return res.submitRequest.request.id;
  }
  return { s, tag, group, acme, hyperion, form, department, sam, vic, submit };
}
