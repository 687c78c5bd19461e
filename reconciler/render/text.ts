// Text renderers (terminal, CI logs), grouped for the CLI's output module.
export { renderPlanText } from './plan-text.js';
export { renderReportText } from './report-text.js';
