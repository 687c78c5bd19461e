// Reading the status page as a person sees it (in Chromium): the numbers on screen, by their data-metric names,
// next to the JSON's; loading it with every request and every script error recorded.
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { JsonStatus } from '../../reconciler/render/status-json';
import type { Browser } from '../support/browser';

export interface OpenedPage {
  page: Page;
  /** Every URL the page asked for besides itself. */
  requests: string[];
  /** Script errors and console errors (a CSP violation is one). */
  errors: string[];
}

export async function openStatusPage(browser: Browser, file: string): Promise<OpenedPage> {
  const page = await browser.context.newPage();
  const url = pathToFileURL(file).href;
  const opened: OpenedPage = { page, requests: [], errors: [] };
  page.on('request', (request) => void (request.url() !== url && opened.requests.push(request.url())));
  page.on('pageerror', (error) => void opened.errors.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && opened.errors.push(message.text())));
  await page.goto(url);
  return opened;
}

/** The numbers as rendered on screen (visible text), by metric name. */
export async function metricsOnScreen(page: Page): Promise<Record<string, string>> {
  const elements = await page.locator('[data-metric]').all();
  const metrics: Record<string, string> = {};
  for (const element of elements) {
    expect(await element.isVisible()).toBe(true);
    metrics[(await element.getAttribute('data-metric')) ?? ''] = (await element.textContent()) ?? '';
  }
  return metrics;
}

/** The page shows exactly the JSON's totals, funnel, expiring count and per-file counts. */
export async function expectPageToShow(page: Page, json: JsonStatus): Promise<void> {
  const metrics = await metricsOnScreen(page);
  const expected: Record<string, string> = { expiring: String(json.drift.expiring.length) };
  for (const [key, value] of Object.entries(json.totals)) expected[`totals.${key}`] = String(value);
  for (const [key, value] of Object.entries(json.funnel)) expected[`funnel.${key}`] = String(value);
  const { median_seconds_to_accept: _median, ...numbers } = metrics;
  expect(numbers).toEqual(expected);
  expect(await page.locator('[data-metric="median_seconds_to_accept"]').getAttribute('data-value')).toBe(String(json.median_seconds_to_accept ?? ''));
  for (const file of json.files) {
    const row = page.locator('#files tbody tr').filter({ has: page.locator(`td:text-is("${file.file ?? '(not declared)'}")`) });
    const cells = await row.locator('td[data-state]').allTextContents();
    expect(cells).toEqual(['pending', 'invited', 'expired', 'accepted', 'revoked', 'unmanaged'].map((state) => String(file[state as keyof typeof file])));
  }
  expect(await page.locator('#people tbody tr').count()).toBe(json.invitees.length);
}

/** The emails in the people table, as shown (visible rows only), top to bottom. */
export async function shownEmails(page: Page): Promise<string[]> {
  return page.locator('#people tbody tr:visible td.email').allTextContents();
}
