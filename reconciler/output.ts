import type { ApplyReport, Plan } from './model';
import { renderPlanJson, renderReportJson } from './render/json';
import { renderPlanMarkdown, renderReportMarkdown } from './render/markdown';
import { renderPlanText, renderReportText } from './render/text';

export type OutputFormat = 'text' | 'markdown' | 'json';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'markdown', 'json'];

export function renderPlan(plan: Plan, options: { format: OutputFormat; maskEmails: boolean; dryRun: boolean }): string {
  const render = { text: renderPlanText, markdown: renderPlanMarkdown, json: renderPlanJson }[options.format];
  return ensureNewline(render(plan, { maskEmails: options.maskEmails }));
}

export function renderReport(report: ApplyReport, options: { format: OutputFormat; maskEmails: boolean }): string {
  const render = { text: renderReportText, markdown: renderReportMarkdown, json: renderReportJson }[options.format];
  return ensureNewline(render(report, { maskEmails: options.maskEmails }));
}

const ensureNewline = (text: string): string => (text.endsWith('\n') ? text : `${text}\n`);
