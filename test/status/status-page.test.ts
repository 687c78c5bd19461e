// The status page in a real browser (headless Chromium): it renders without loading anything, shows the JSON's
// numbers, and its table sorts and filters.
import { writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderStatus } from '../../reconciler/render/output';
import type { JsonStatus } from '../../reconciler/render/status-json';
import { startBrowser, type Browser } from '../support/browser';
import { createWorkspace, type Workspace } from '../support/workspace';
import { sampleStatus } from './sample-status';
import { expectPageToShow, openStatusPage, shownEmails, type OpenedPage } from './status-page';

let browser: Browser;
let workspace: Workspace;
let opened: OpenedPage;
let json: JsonStatus;

beforeAll(async () => {
  workspace = await createWorkspace({ prefix: 'status-page-' });
  browser = await startBrowser();
  const file = path.join(workspace.dir, 'status.html');
  await writeFile(file, renderStatus(sampleStatus(), { format: 'html', maskEmails: false }));
  json = JSON.parse(renderStatus(sampleStatus(), { format: 'json', maskEmails: false })) as JsonStatus;
  opened = await openStatusPage(browser, file);
});

afterAll(async () => {
  await browser?.stop();
  await workspace?.remove();
});

describe('the status page in Chromium', () => {
  it('renders with no request, no script error and no policy violation, and is photographed', async () => {
    const { page } = opened;
    expect(await page.title()).toBe(`Invitation status at ${json.generated_at}`);
    expect(await page.locator('svg[role=img] rect').count()).toBe(3);
    const bar = await page.locator('svg[role=img] rect').first().boundingBox();
    expect(bar?.width).toBeGreaterThan(100);
    const screenshot = path.join(workspace.dir, 'status-page.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);
    expect(opened.requests).toEqual([]);
    expect(opened.errors).toEqual([]);
  });

  it('shows the numbers of the JSON', async () => {
    await expectPageToShow(opened.page, json);
  });

  it('sorts the table by a column, both ways', async () => {
    const { page } = opened;
    const byEmail = json.invitees.map((row) => row.email);
    expect(await shownEmails(page)).toEqual(byEmail);
    await page.click('#people th button[data-key=logins]');
    expect(await page.getAttribute('#people th:has(button[data-key=logins])', 'aria-sort')).toBe('ascending');
    const ascending = await shownEmails(page);
    expect(ascending.slice(-2)).toEqual(['ada@example.com', 'hal@example.com']); // 1 login, then 3
    await page.click('#people th button[data-key=logins]');
    expect((await shownEmails(page)).slice(0, 2)).toEqual(['hal@example.com', 'ada@example.com']);
    await page.click('#people th button[data-key=email]');
    expect(await shownEmails(page)).toEqual(byEmail);
  });

  it('filters the table by state, file and text', async () => {
    const { page } = opened;
    await page.selectOption('#filter-state', 'accepted');
    expect(await shownEmails(page)).toEqual(['ada@example.com', 'bea@example.com', 'hal@example.com']);
    expect(await page.textContent('#shown-count')).toBe('3');
    await page.selectOption('#filter-file', 'invitees/engineering.yaml');
    expect(await shownEmails(page)).toEqual(['ada@example.com', 'bea@example.com']);
    await page.fill('#filter-text', 'bea');
    expect(await shownEmails(page)).toEqual(['bea@example.com']);
    await page.fill('#filter-text', '');
    await page.selectOption('#filter-state', '');
    await page.selectOption('#filter-file', '');
    expect(await page.textContent('#shown-count')).toBe(String(json.invitees.length));
  });
});
