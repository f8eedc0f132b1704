import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; Playwright's own browser download does not work on these machines. */
export const CHROMIUM = process.env.CROSSDESK_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];
/** Screenshots of the main pages, for a reviewer to look at (git-ignored). */
export const SHOTS_DIR = path.resolve(__dirname, '../../../test-output/console');

const INSTALL = 'apt-get update && apt-get install -y chromium';

/**
 * `describe` for tests that need the browser. Without /usr/bin/chromium they are skipped with
 * a plain message saying how to install it; with CROSSDESK_TEST_REQUIRE_BROWSER=1 (CI) that is a failure.
 */
export function describeBrowser(name: string, fn: () => void): void {
  if (fs.existsSync(CHROMIUM)) {
    describe(name, fn);
    return;
  }
  if (process.env.CROSSDESK_TEST_REQUIRE_BROWSER === '1') {
    describe(name, () => {
      it('has Chromium to run in', () => {
        throw new Error(`${CHROMIUM} is missing and CROSSDESK_TEST_REQUIRE_BROWSER=1: install it with: ${INSTALL}`);
      });
    });
    return;
  }
  process.stdout.write(`\nconsole browser tests SKIPPED ("${name}"): ${CHROMIUM} is missing. Install it with: ${INSTALL}\n`);
  describe.skip(name, fn);
}

/** Headless Chromium with a fresh profile (Playwright makes a temporary user-data-dir per launch). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/** Everything a page logged as an error, or threw: a test ends by asserting there was none. */
export interface WatchedPage {
  page: Page;
  errors: string[];
}

/** A browsing context of one person (its own sessionStorage), in UTC, with its page's errors collected. */
export async function openPage(browser: Browser, baseUrl: string): Promise<WatchedPage & { context: BrowserContext }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1366, height: 900 }, timezoneId: 'UTC', locale: 'en-GB' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  // what a failed answer said, so the console error above can be traced to its operation
  page.on('response', (r) => {
    if (r.status() >= 400) void r.text().then((body) => errors.push(`HTTP ${r.status()} ${r.request().method()} ${new URL(r.url()).pathname} ${r.request().postData()?.slice(0, 120) ?? ''} -> ${body.slice(0, 300)}`), () => undefined);
  });
  return { page, context, errors };
}

/** Signs in through the sign-in page, as a person would, and waits for the console to be there. */
export async function signIn(page: Page, token: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Token' }).fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page; answers the serious and critical violations, described. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join(', ')})`);
}

/** Saves a full-page screenshot under test-output/console/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage: true });
}
