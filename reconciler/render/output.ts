// The renderers' one entry: the plan and the apply report as text (terminal, CI logs), markdown (pull-request
// comments) or JSON (schema_version 1, docs/json-output.md), and the status (`reconcile status`) in those or as
// CSV or one HTML page (docs/status-output.md), in the format the command line asked for.
import { escapeJsonText } from '../escape';
import type { ApplyReport, Plan } from '../model';
import type { ApplyEstimate } from '../plan/estimate';
import type { Status } from '../status/model';
import { JSON_SCHEMA_VERSION, planToJson, renderPlanJson } from './plan-json';
import { renderPlanMarkdown } from './plan-markdown';
import { renderPlanText } from './plan-text';
import { renderReportJson, reportToJson } from './report-json';
import { renderReportMarkdown } from './report-markdown';
import { renderReportText } from './report-text';
import { renderStatusCsv } from './status-csv';
import { renderStatusHtml } from './status-html';
import { renderStatusJson } from './status-json';
import { renderStatusMarkdown } from './status-markdown';
import { renderStatusText } from './status-text';

import type { OutputFormat, StatusFormat } from './formats';

export { OUTPUT_FORMATS, STATUS_FORMATS, type OutputFormat, type StatusFormat } from './formats';

/** The plan, with what its apply will cost when `estimate` is given (plan/estimate.ts). */
export function renderPlan(plan: Plan, options: { format: OutputFormat; maskEmails: boolean; estimate?: ApplyEstimate }): string {
  const render = { text: renderPlanText, markdown: renderPlanMarkdown, json: renderPlanJson }[options.format];
  return ensureNewline(render(plan, { maskEmails: options.maskEmails, estimate: options.estimate }));
}

export function renderReport(report: ApplyReport, options: { format: OutputFormat; maskEmails: boolean }): string {
  const render = { text: renderReportText, markdown: renderReportMarkdown, json: renderReportJson }[options.format];
  return ensureNewline(render(report, { maskEmails: options.maskEmails }));
}

export function renderStatus(status: Status, options: { format: StatusFormat; maskEmails: boolean }): string {
  const render = { text: renderStatusText, markdown: renderStatusMarkdown, json: renderStatusJson, csv: renderStatusCsv, html: renderStatusHtml }[options.format];
  return ensureNewline(render(status, { maskEmails: options.maskEmails }));
}

const ensureNewline = (text: string): string => (text.endsWith('\n') ? text : `${text}\n`);

/**
 * `reconcile --format json` (an apply) prints one document holding the plan and what became of it, so that
 * stdout always parses as a single JSON value. `report` is null when the apply was refused.
 */
export function renderApplyJson(plan: Plan, report: ApplyReport | null, options: { maskEmails: boolean; estimate?: ApplyEstimate }): string {
  const document = {
    schema_version: JSON_SCHEMA_VERSION,
    type: 'apply',
    emails_masked: options.maskEmails,
    plan: planToJson(plan, options),
    report: report && reportToJson(report, options),
  };
  return `${escapeJsonText(JSON.stringify(document, null, 2))}\n`;
}
