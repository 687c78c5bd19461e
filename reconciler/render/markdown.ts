// Markdown renderers (pull-request comments), grouped for the CLI's output module.
export { renderPlanMarkdown } from './plan-markdown.js';
export { renderReportMarkdown } from './report-markdown.js';
