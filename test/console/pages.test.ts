import type { Browser, Page } from 'playwright-core';
import { ok, startTestServer, type TestServer } from '../support/server';
import { describeBrowser, launchBrowser, openPage, screenshot, seriousA11yViolations, signIn } from './support/browser';
import { consoleWorld } from './support/world';

jest.setTimeout(300_000); // sixteen pages with axe and a screenshot each: minutes on a loaded 2-core machine

/** Every main page, as each role sees it: it renders its heading, axe finds nothing serious, a screenshot is kept. */
describeBrowser('the console pages', () => {
  let t: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function visit(page: Page, path: string, heading: string, shot: string, failures: string[]): Promise<void> {
    await page.goto(path);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    // let the page's queries settle: no loader left
    await page.getByText(/^Loading /).waitFor({ state: 'detached' });
    for (const v of await seriousA11yViolations(page)) failures.push(`${path}: ${v}`);
    await screenshot(page, shot);
  }

  it('has no serious or critical accessibility violations and no browser errors on any main page', async () => {
    const w = await consoleWorld(t);
    const id = await w.submit(`Replication lag between sites ${w.tag}`, 'P2');
    ok(await t.gql(`mutation($input: AddNoteInput!) { addNote(input: $input) { note { id } } }`, { input: { requestId: id, body: 'Logs are on the portal', internal: false } }, w.vic.token));
    const failures: string[] = [];
    const base = t.url.replace(/\/graphql$/, '');

    const signInPage = await openPage(browser, base);
    await signInPage.page.goto('/');
    await signInPage.page.getByRole('textbox', { name: 'Token' }).waitFor();
    for (const v of await seriousA11yViolations(signInPage.page)) failures.push(`sign-in: ${v}`);
    await screenshot(signInPage.page, 'sign-in');
    // a wrong token is refused with the server's message
    await signInPage.page.getByRole('textbox', { name: 'Token' }).fill('cdk_not_a_token');
    await signInPage.page.getByRole('button', { name: 'Sign in' }).click();
    await signInPage.page.getByText(/token/i).filter({ hasNot: signInPage.page.getByRole('textbox') }).nth(1).waitFor();

    const sam = await openPage(browser, base);
    await signIn(sam.page, w.sam.token);
    await visit(sam.page, '/inbound', 'Inbound requests', 'engineer-inbound', failures);
    await visit(sam.page, `/requests/${id}`, `Replication lag between sites ${w.tag}`, 'engineer-request', failures);
    await visit(sam.page, '/reports', 'Reports', 'engineer-reports', failures);
    await sam.page.getByRole('table', { name: 'SLA report' }).waitFor();

    const vic = await openPage(browser, base);
    await signIn(vic.page, w.vic.token);
    await visit(vic.page, '/outbound', 'Outbound requests', 'engineer-outbound', failures);
    await visit(vic.page, '/directory', 'Directory', 'engineer-directory', failures);
    await visit(vic.page, `/directory/${w.department.id}/submit`, 'Submit a request to Storage Support', 'engineer-submit-form', failures);
    // one control per field, labelled with the field's label
    const controls: Array<[Parameters<Page['getByRole']>[0], string]> = [
      ['textbox', 'Array model'], ['textbox', 'What happened'], ['textbox', 'Affected hosts'], ['textbox', 'Storage admin e-mail'],
      ['textbox', 'Where to fetch logs'], ['combobox', 'Protocol'], ['checkbox', 'Production affected'],
    ];
    for (const [role, name] of controls) expect(await vic.page.getByRole(role, { name, exact: true }).count()).toBe(1);
    expect(await vic.page.getByLabel('Started on').getAttribute('type')).toBe('date');
    expect(await vic.page.getByRole('group', { name: 'Features in use' }).count()).toBe(1);
    // no Admin link for an engineer
    expect(await vic.page.getByRole('link', { name: 'Admin', exact: true }).count()).toBe(0);

    const admin = await openPage(browser, base);
    await signIn(admin.page, w.acme.admin.token);
    for (const [path, heading] of [['users', 'Users'], ['tokens', 'Tokens'], ['forms', 'Forms'], ['departments', 'Departments'], ['critical-team', 'Critical team'], ['webhooks', 'Webhooks'], ['groups', 'Groups']]) {
      await visit(admin.page, `/admin/${path}`, heading, `admin-${path}`, failures);
    }

    const operator = await openPage(browser, base);
    await signIn(operator.page, t.operatorToken);
    for (const [path, heading] of [['members', 'Members'], ['groups', 'Partner groups'], ['memberships', 'Memberships']]) {
      await visit(operator.page, `/network/${path}`, heading, `operator-${path}`, failures);
    }
    await operator.page.getByRole('link', { name: 'Partner groups', exact: true }).click();
    await operator.page.getByRole('button', { name: 'New group' }).click();
    await operator.page.getByText('Due-time preview').waitFor();
    for (const v of await seriousA11yViolations(operator.page)) failures.push(`group editor: ${v}`);

    expect(failures).toEqual([]);
    expect([...signInPage.errors.filter((e) => !e.includes('401')), ...sam.errors, ...vic.errors, ...admin.errors, ...operator.errors]).toEqual([]);
  });
});
