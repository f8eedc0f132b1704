import type { Browser } from 'playwright-core';
import { ok, startTestServer, type TestServer } from '../support/server';
import { describeBrowser, launchBrowser, openPage, screenshot, seriousA11yViolations, signIn, type WatchedPage } from './support/browser';
import { consoleWorld } from './support/world';

jest.setTimeout(300_000); // two browser contexts through the whole walk-through: minutes on a loaded 2-core machine

/** The README's "Try it", done through the console by two engineers in two browser contexts, then an admin and the operator. */
describeBrowser('the console walk-through', () => {
  let t: TestServer;
  let browser: Browser;
  const pages: WatchedPage[] = [];

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  afterEach(() => {
    // no console errors in any page the test opened
    const errors = pages.flatMap((p) => p.errors);
    pages.length = 0;
    expect(errors).toEqual([]);
  });

  async function person(token: string) {
    const watched = await openPage(browser, t.url.replace(/\/graphql$/, ''));
    pages.push(watched);
    await signIn(watched.page, token);
    return watched.page;
  }

  it('submits through the rendered form, arrives live at the partner, is accepted and met; notes stay internal; a reject carries its reason', async () => {
    const w = await consoleWorld(t);
    const [sam, vic] = await Promise.all([person(w.sam.token), person(w.vic.token)]);

    // Sam (Acme) watches the inbound queue
    await sam.getByRole('link', { name: 'Inbound', exact: true }).click();
    const inbound = sam.getByRole('table', { name: 'Inbound requests' });
    await inbound.waitFor();

    // Vic (Hyperion) finds Acme's storage support in the directory
    await vic.getByRole('link', { name: 'Directory', exact: true }).click();
    await vic.getByRole('searchbox', { name: 'Search the directory' }).fill('storage');
    const entry = vic.getByRole('article', { name: `Storage Support — ${w.acme.name}` });
    await entry.getByRole('button', { name: 'Submit request' }).click();

    const summary = `Datastore latency spikes after firmware update ${w.tag}`;
    await vic.getByLabel('Priority').selectOption('P2');
    await vic.getByRole('textbox', { name: 'Summary' }).fill(summary);
    await vic.getByRole('textbox', { name: 'Your case number' }).fill('MY-CASE-1');
    await vic.getByRole('textbox', { name: 'Customer name' }).fill('Globex Bank');
    await vic.getByRole('textbox', { name: 'Array model' }).fill('Acme A400');
    await vic.getByRole('textbox', { name: 'Storage admin e-mail' }).fill('not-an-address');
    await vic.getByLabel('Protocol').selectOption('FC');
    await vic.getByRole('checkbox', { name: 'Snapshots' }).check();
    await vic.getByRole('textbox', { name: 'Affected hosts' }).fill('12');
    await vic.getByRole('button', { name: 'Submit', exact: true }).click();

    // the bad value is refused at its field before anything is sent
    const email = vic.getByRole('textbox', { name: 'Storage admin e-mail' });
    await vic.getByText('must be an email address like name@example.com').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(ok(await t.gql(`{ outboundRequests { totalCount } }`, {}, w.vic.token)).outboundRequests.totalCount).toBe(0);
    await screenshot(vic, 'submit-form-refused-field');

    await email.fill('storage@globex.example');
    await vic.getByRole('button', { name: 'Submit', exact: true }).click();
    await vic.getByRole('heading', { level: 1, name: summary }).waitFor();

    // it appears in Sam's queue without a reload
    const row = inbound.getByRole('row').filter({ hasText: summary });
    await row.waitFor();
    expect(await row.textContent()).toContain('On track');
    expect(await row.textContent()).toContain(w.hyperion.name);
    await screenshot(sam, 'inbound-queue');

    // Sam opens it and accepts with Acme's case number
    await row.getByRole('link', { name: summary }).click();
    await sam.getByRole('heading', { level: 1, name: summary }).waitFor();
    expect(await sam.getByRole('region', { name: 'Form data' }).textContent()).toContain('Snapshots');
    await sam.getByRole('button', { name: 'Accept', exact: true }).click();
    const dialog = sam.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Your case number' }).fill('OUR-CASE-1');
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Vic, still on the request's page, sees it accepted and the response clock met
    const vicSla = vic.getByRole('region', { name: 'SLA' });
    await vic.getByText('OUR-CASE-1', { exact: true }).waitFor();
    await vicSla.getByText('Met', { exact: true }).waitFor();
    expect(await vic.getByText('Accepted', { exact: true }).first().isVisible()).toBe(true);
    expect(await vic.getByRole('region', { name: 'Timeline' }).textContent()).toContain('Accepted as OUR-CASE-1');
    await screenshot(vic, 'request-accepted-requester');

    // an internal note Vic never sees: Sam adds it, then a public one as a marker
    await sam.getByRole('textbox', { name: 'Note' }).fill(`Internal: firmware 7.1.2 regression suspected ${w.tag}`);
    await sam.getByRole('checkbox', { name: 'Internal' }).check();
    await sam.getByRole('button', { name: 'Add note' }).click();
    await sam.getByRole('article', { name: 'Internal note' }).filter({ hasText: 'firmware 7.1.2 regression' }).waitFor();
    await sam.getByRole('textbox', { name: 'Note' }).fill(`We are on it ${w.tag}`);
    await sam.getByRole('button', { name: 'Add note' }).click();
    await vic.getByText(`We are on it ${w.tag}`).waitFor();
    expect(await vic.getByRole('region', { name: 'Notes' }).textContent()).not.toContain('firmware 7.1.2 regression');
    expect(await seriousA11yViolations(sam)).toEqual([]);
    await screenshot(sam, 'request-page-receiver');

    // a reject with its reason
    const second = await w.submit(`Snapshots fail on one volume ${w.tag}`);
    await sam.goto(`/requests/${second}`);
    await sam.getByRole('button', { name: 'Reject', exact: true }).click();
    await sam.getByRole('dialog').getByRole('textbox', { name: 'Reason' }).fill('Not an Acme product: the volume is on a third-party array');
    await sam.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await sam.getByRole('region', { name: 'Timeline' }).getByText('Rejected: Not an Acme product', { exact: false }).waitFor();
    const rejected = ok(await t.gql(`query($id: ID!) { collaborationRequest(id: $id) { status } }`, { id: second }, w.vic.token));
    expect(rejected.collaborationRequest.status).toBe('REJECTED');
    // only the steps the status allows: nothing to accept or reject any more
    expect(await sam.getByRole('button', { name: 'Accept', exact: true }).count()).toBe(0);
  });

  it('lets an admin issue a token shown once and publish a form version, and the operator create a group whose preview is slaDueAt', async () => {
    const w = await consoleWorld(t);
    const admin = await person(w.acme.admin.token);

    // a personal token for Sam: its secret is shown once and works
    await admin.getByRole('link', { name: 'Admin', exact: true }).click();
    await admin.getByRole('link', { name: 'Tokens', exact: true }).click();
    await admin.getByRole('textbox', { name: 'Token name' }).fill('Sam laptop');
    await admin.getByLabel('User').selectOption({ label: `Sam Storage (${w.sam.email})` });
    await admin.getByRole('button', { name: 'Issue token' }).click();
    const secret = (await admin.getByTestId('secret').textContent())!.trim();
    expect(secret).toMatch(/^cdk_/);
    expect(ok(await t.gql(`{ viewer { user { id } } }`, {}, secret)).viewer.user.id).toBe(w.sam.id);
    expect(await seriousA11yViolations(admin)).toEqual([]);
    await screenshot(admin, 'admin-tokens-secret-once');
    await admin.getByRole('button', { name: 'Done' }).click();
    await admin.reload();
    await admin.getByRole('table', { name: 'Tokens' }).getByText('Sam laptop').waitFor();
    expect(await admin.content()).not.toContain(secret);

    // a new version of the form: the versions are listed
    await admin.getByRole('link', { name: 'Forms', exact: true }).click();
    const formCard = admin.getByRole('article').filter({ has: admin.getByRole('button', { name: /^Edit / }) }).first();
    await formCard.getByRole('button', { name: /^Edit / }).click();
    const field1 = admin.getByRole('group', { name: 'Field 1' });
    await field1.getByRole('textbox', { name: 'Label' }).fill('Array model and generation');
    await admin.getByRole('button', { name: 'Publish new version' }).click();
    await admin.getByRole('table', { name: /^Versions of / }).getByRole('row').nth(2).waitFor();
    const versions = ok(await t.gql(`query($id: ID!) { processForm(id: $id) { version versions { version } fields { label } } }`, { id: w.form.id }, w.acme.admin.token)).processForm;
    expect(versions.version).toBe(2);
    expect(versions.versions.map((v: { version: number }) => v.version).sort()).toEqual([1, 2]);
    expect(versions.fields[0].label).toBe('Array model and generation');
    await screenshot(admin, 'admin-forms');

    // the operator creates a group on London business hours; the preview is slaDueAt's answer
    const operator = await person(t.operatorToken);
    await operator.getByRole('link', { name: 'Partner groups', exact: true }).click();
    await operator.getByRole('button', { name: 'New group' }).click();
    const name = `Solution Support ${w.tag}`;
    await operator.getByRole('textbox', { name: 'Group name' }).fill(name);
    await operator.getByLabel('Time zone').selectOption('Europe/London');
    await operator.getByRole('textbox', { name: 'Holidays' }).fill('2026-12-25');
    await operator.getByLabel('Submitted at').fill('2026-12-24T15:00');
    await operator.getByRole('textbox', { name: 'Target minutes' }).fill('240');
    const preview = operator.getByTestId('due-preview');
    const expected = ok(
      await t.gql(`query($input: SlaDueAtInput!) { slaDueAt(input: $input) }`, {
        input: {
          from: '2026-12-24T15:00:00.000Z',
          minutes: 240,
          calendar: { timeZone: 'Europe/London', holidays: ['2026-12-25'], workingHours: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => ({ day, from: '08:00', to: '16:00' })) },
        },
      }, t.operatorToken),
    ).slaDueAt;
    await operator.locator(`[data-testid="due-preview"][datetime="${expected}"]`).waitFor();
    expect(await preview.getAttribute('datetime')).toBe(expected);
    await screenshot(operator, 'operator-group-editor');
    await operator.getByRole('button', { name: 'Create group' }).click();
    await operator.getByRole('table', { name: 'Partner groups' }).getByText(name).waitFor();
    const groups = ok(await t.gql(`{ partnerGroups(first: 100) { edges { node { name calendar { timeZone holidays } } } } }`, {}, t.operatorToken)).partnerGroups.edges;
    expect(groups.find((e: { node: { name: string } }) => e.node.name === name)?.node.calendar).toEqual({ timeZone: 'Europe/London', holidays: ['2026-12-25'] });
  });
});
