// The renderers' public surface: plan and apply report as text, markdown (PR comments) and JSON (schema_version 1).
export type { RenderOptions } from './options.js';
export { renderPlanText } from './plan-text.js';
export { renderPlanMarkdown } from './plan-markdown.js';
export { renderPlanJson, planToJson, JSON_SCHEMA_VERSION, type JsonPlan, type JsonPlanAction, type JsonChange } from './plan-json.js';
export { renderReportText } from './report-text.js';
export { renderReportMarkdown } from './report-markdown.js';
export { renderReportJson, reportToJson, type JsonReport, type JsonFailure } from './report-json.js';
export { maskEmail } from './mask.js';
export { planSummaryLine, reportSummaryLine } from './summary.js';
