// JSON renderers (schema_version 1, docs/json-output.md), grouped for the CLI's output module.
export { renderPlanJson, planToJson } from './plan-json.js';
export { renderReportJson, reportToJson } from './report-json.js';
