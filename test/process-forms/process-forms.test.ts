import { ProcessForm, ProcessFormVersion } from '../../src/modules/process-forms/process-form.entity';
import { seed, type SeededMember } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer } from '../support/server';

let t: TestServer;
let a: SeededMember;
let b: SeededMember;
let c: SeededMember;
let group: { id: string };
beforeAll(async () => {
  t = await startTestServer();
  const s = seed(t);
  [a, b, c] = [await s.member(), await s.member(), await s.member()];
  group = await s.group();
  await s.join(a, group.id);
  await s.join(b, group.id);
});
afterAll(() => t.close());

const FORM = `id name version fields { key label type required options min max minDate maxDate maxLength helpText } versions { version name fields { key } createdAt form { id } }`;
const CREATE = `mutation($input: CreateProcessFormInput!) { createProcessForm(input: $input) { form { ${FORM} } } }`;
const UPDATE = `mutation($input: UpdateProcessFormInput!) { updateProcessForm(input: $input) { form { ${FORM} } } }`;
const GET = `query($id: ID!) { processForm(id: $id) { id name version } }`;

const fields = [
  { key: 'product', label: 'Product', type: 'SINGLE_SELECT', required: true, options: ['Array', 'Hypervisor'] },
  { key: 'version', label: 'Version', type: 'TEXT', maxLength: 20 },
  { key: 'nodes', label: 'Nodes', type: 'NUMBER', min: 1, max: 64 },
  { key: 'since', label: 'Since', type: 'DATE', minDate: '2020-01-01' },
  { key: 'contact', label: 'Contact', type: 'EMAIL', required: true },
  { key: 'logs', label: 'Logs', type: 'URL' },
  { key: 'areas', label: 'Areas', type: 'MULTI_SELECT', options: ['io', 'net'] },
  { key: 'reproducible', label: 'Reproducible?', type: 'BOOLEAN' },
  { key: 'details', label: 'Details', type: 'LONG_TEXT', helpText: 'What happened' },
];

describe('createProcessForm', () => {
  it('creates version 1 with every field type', async () => {
    const form = ok(await t.gql(CREATE, { input: { name: 'Storage intake', fields } }, a.admin.token)).createProcessForm.form;
    expect(form).toMatchObject({ name: 'Storage intake', version: 1 });
    expect(form.fields.map((f: any) => f.type)).toEqual(fields.map((f) => f.type));
    expect(form.fields[0]).toMatchObject({ required: true, options: ['Array', 'Hypervisor'], min: null, maxLength: null });
    expect(form.versions).toEqual([expect.objectContaining({ version: 1, name: 'Storage intake', form: { id: form.id } })]);
  });

  it('names every bad field of the definition and writes nothing', async () => {
    const before = await t.dataSource.manager.count(ProcessForm);
    const res = await t.gql(
      CREATE,
      {
        input: {
          name: 'Bad',
          fields: [
            { key: 'Product', label: 'P', type: 'TEXT' },
            { key: 'sev', label: 'S', type: 'SINGLE_SELECT', options: [] },
            { key: 'n', label: 'N', type: 'NUMBER', min: 5, max: 1 },
            { key: 'n', label: 'again', type: 'TEXT', options: ['x'] },
            { key: 'd', label: 'D', type: 'DATE', maxLength: 5 },
          ],
        },
      },
      a.admin.token,
    );
    const err = onlyError(res);
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    const paths = err.extensions.fields!.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['fields.0.key', 'fields.1.options', 'fields.2.max', 'fields.3.key', 'fields.3.options', 'fields.4.maxLength']));
    expect(await t.dataSource.manager.count(ProcessForm)).toBe(before);
  });

  it('refuses a form without fields', async () => {
    const res = await t.gql(CREATE, { input: { name: 'Empty', fields: [] } }, a.admin.token);
    expect(onlyError(res).extensions.fields![0].path).toBe('fields');
  });

  it('is FORBIDDEN to an engineer and to a service token', async () => {
    const eng = await a.user();
    const svc = await a.serviceToken();
    for (const token of [eng.token, svc.token]) {
      expect(onlyError(await t.gql(CREATE, { input: { name: 'X', fields } }, token)).extensions.code).toBe('FORBIDDEN');
    }
  });
});

describe('updateProcessForm', () => {
  it('makes a new version and leaves every old one as it was', async () => {
    const created = ok(await t.gql(CREATE, { input: { name: 'Intake', fields } }, a.admin.token)).createProcessForm.form;
    const v1 = await t.dataSource.manager.findOneByOrFail(ProcessFormVersion, { formId: created.id, version: 1 });
    const v2 = ok(await t.gql(UPDATE, { input: { id: created.id, fields: [...fields, { key: 'site', label: 'Site', type: 'TEXT' }] } }, a.admin.token)).updateProcessForm.form;
    const v3 = ok(await t.gql(UPDATE, { input: { id: created.id, name: 'Intake v3' } }, a.admin.token)).updateProcessForm.form;
    expect(v2.version).toBe(2);
    expect(v3).toMatchObject({ version: 3, name: 'Intake v3' });
    expect(v3.fields).toHaveLength(fields.length + 1);
    expect(v3.versions.map((v: any) => [v.version, v.name, v.fields.length])).toEqual([
      [1, 'Intake', fields.length],
      [2, 'Intake', fields.length + 1],
      [3, 'Intake v3', fields.length + 1],
    ]);
    expect(await t.dataSource.manager.findOneByOrFail(ProcessFormVersion, { id: v1.id })).toEqual(v1);
  });

  it('refuses an invalid new version and keeps the current one', async () => {
    const created = ok(await t.gql(CREATE, { input: { name: 'Keep', fields } }, a.admin.token)).createProcessForm.form;
    const res = await t.gql(UPDATE, { input: { id: created.id, fields: [{ key: '1bad', label: 'x', type: 'TEXT' }] } }, a.admin.token);
    expect(onlyError(res).extensions.fields![0].path).toBe('fields.0.key');
    expect((await t.dataSource.manager.findOneByOrFail(ProcessForm, { id: created.id })).version).toBe(1);
  });

  it("answers NOT_FOUND for another member's form", async () => {
    const theirs = await seed(t).form(b);
    expect(onlyError(await t.gql(UPDATE, { input: { id: theirs.id, name: 'mine now' } }, a.admin.token)).extensions.code).toBe('NOT_FOUND');
  });
});

describe('processForm and processForms', () => {
  it("lists only the caller's member's forms, to its engineers and service tokens too", async () => {
    const m = await seed(t).member();
    const f1 = await seed(t).form(m);
    const f2 = await seed(t).form(m);
    const eng = await m.user();
    const svc = await m.serviceToken();
    for (const token of [m.admin.token, eng.token, svc.token]) {
      const list = ok(await t.gql(`{ processForms { totalCount edges { node { id } } } }`, {}, token)).processForms;
      expect(list.edges.map((e: any) => e.node.id)).toEqual([f1.id, f2.id]);
    }
  });

  it("shows another member's form only when one of its departments is in the caller's directory", async () => {
    const form = await seed(t).form(b);
    const before = await t.gql(GET, { id: form.id }, a.admin.token);
    expect(onlyError(before).extensions.code).toBe('NOT_FOUND');
    expect(before.data).toEqual({ processForm: null });
    await seed(t).department(b, group.id, form.id);
    expect(ok(await t.gql(GET, { id: form.id }, a.admin.token)).processForm.id).toBe(form.id);
    expect(onlyError(await t.gql(GET, { id: form.id }, c.admin.token)).extensions.code).toBe('NOT_FOUND');
  });
});
