// The status as one self-contained HTML page: the funnel as an inline SVG chart, the totals, the links that
// expire soon, a breakdown per file and a table of everyone that sorts and filters. It loads nothing: the style
// and the script are inline and the Content-Security-Policy allows exactly them (by hash), nothing else. Every
// value from outside is escaped; the numbers carry `data-metric` names that match the JSON's keys.
import { createHash } from 'node:crypto';
import { INVITEE_STATES, type Funnel, type Status, type StatusRow } from '../status/model';
import type { RenderOptions } from './options';
import { shownEmail } from './safe-text';
import { STATUS_PAGE_CSS, STATUS_PAGE_SCRIPT } from './status-page-assets';
import { fileLabel, formatSeconds, funnelSteps, stateDetail } from './status-words';

/** Text and attribute values: the five characters HTML gives a meaning to. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${sha256(STATUS_PAGE_CSS)}`,
  `script-src ${sha256(STATUS_PAGE_SCRIPT)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function renderStatusHtml(status: Status, options: RenderOptions = {}): string {
  const e = escapeHtml;
  const expiring = status.rows.filter((row) => row.expires_soon);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(CONTENT_SECURITY_POLICY)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Invitation status at ${e(status.now)}</title>
<style>${STATUS_PAGE_CSS}</style>
</head>
<body>
<h1>Invitation status</h1>
<p class="muted">At <time datetime="${e(status.now)}">${e(status.now)}</time>${filterNote(status)}.</p>
<ul class="tiles" aria-label="Totals">
<li><span class="muted">declared</span><strong data-metric="totals.declared">${status.totals.declared}</strong></li>
${INVITEE_STATES.map((state) => `<li class="state-${state}"><span class="muted">${state}</span><strong data-metric="totals.${state}">${status.totals[state]}</strong></li>`).join('\n')}
<li><span class="muted">median time to accept</span><strong data-metric="median_seconds_to_accept" data-value="${status.medianSecondsToAccept ?? ''}">${e(formatSeconds(status.medianSecondsToAccept))}</strong></li>
</ul>
<h2>Funnel</h2>
${funnelChart(status.funnel)}
<h2>Links expiring within ${status.expiringWithinDays} days: <span data-metric="expiring">${expiring.length}</span></h2>
${expiring.length === 0 ? '<p class="muted">None.</p>' : `<ul>${expiring.map((row) => `<li><span class="email">${e(shownEmail(row.email, options))}</span>: ${e(stateDetail(row))}</li>`).join('')}</ul>`}
<h2>Per file</h2>
${fileTable(status)}
<h2>Everyone</h2>
${filters(status)}
${peopleTable(status.rows, options)}
<script>${STATUS_PAGE_SCRIPT}</script>
</body>
</html>
`;
}

function filterNote(status: Status): string {
  const parts = [
    ...(status.filter.files.length > 0 ? [`files ${status.filter.files.join(', ')}`] : []),
    ...(status.filter.states.length > 0 ? [`states ${status.filter.states.join(', ')}`] : []),
  ];
  return parts.length === 0 ? '' : `, only ${escapeHtml(parts.join('; '))}`;
}

/** Three horizontal bars, each as long as its share of the invited. */
function funnelChart(funnel: Funnel): string {
  const steps = funnelSteps(funnel);
  const keys = ['invited', 'password_set', 'logged_in'] as const;
  const barMax = 420;
  const bars = steps.map((step, i) => {
    const width = funnel.invited === 0 ? 0 : Math.round((step.count / funnel.invited) * barMax);
    const y = i * 40;
    return `<g><text x="0" y="${y + 20}">${step.label}</text><rect x="120" y="${y + 4}" width="${width}" height="24" rx="3" fill="#0a66c2" opacity="${1 - i * 0.25}"></rect>` +
      `<text x="${128 + width}" y="${y + 20}"><tspan data-metric="funnel.${keys[i]}">${step.count}</tspan>${step.percent === null ? '' : ` (${step.percent}%)`}</text></g>`;
  });
  const description = steps.map((step) => `${step.label} ${step.count}`).join(', ');
  return `<svg role="img" aria-labelledby="funnel-title" width="640" height="${steps.length * 40}" viewBox="0 0 640 ${steps.length * 40}" xmlns="http://www.w3.org/2000/svg"><title id="funnel-title">Funnel: ${escapeHtml(description)}</title>${bars.join('')}</svg>`;
}

function fileTable(status: Status): string {
  const head = `<tr><th>File</th>${INVITEE_STATES.map((state) => `<th class="num">${state}</th>`).join('')}</tr>`;
  const rows = status.files.map(({ file, counts }) =>
    `<tr data-file="${escapeHtml(fileLabel(file))}"><td>${escapeHtml(fileLabel(file))}</td>${INVITEE_STATES.map((state) => `<td class="num" data-state="${state}">${counts[state]}</td>`).join('')}</tr>`);
  return `<table id="files"><thead>${head}</thead><tbody>${rows.join('\n')}</tbody></table>`;
}

function filters(status: Status): string {
  const option = (value: string): string => `<option value="${escapeHtml(value)}">${escapeHtml(value)}</option>`;
  return `<div class="filters">
<label>Email contains <input id="filter-text" type="search" autocomplete="off"></label>
<label>State <select id="filter-state"><option value="">any</option>${INVITEE_STATES.map(option).join('')}</select></label>
<label>File <select id="filter-file"><option value="">any</option>${status.files.map(({ file }) => option(fileLabel(file))).join('')}</select></label>
<span class="muted"><span id="shown-count">${status.rows.length}</span> of ${status.rows.length} shown</span>
</div>`;
}

const COLUMNS: Array<[label: string, key: string]> = [
  ['Email', 'email'], ['State', 'state'], ['File', 'file'], ['Invited at', 'invited'], ['Link expires', 'expires'],
  ['Password set at', 'password'], ['Logins', 'logins'], ['Details', ''],
];

function peopleTable(rows: readonly StatusRow[], options: RenderOptions): string {
  const head = COLUMNS.map(([label, key]) => (key === '' ? `<th>${label}</th>` : `<th${key === 'logins' ? ' class="num"' : ''}><button type="button" data-key="${key}">${label}</button></th>`)).join('');
  return `<table id="people"><thead><tr>${head}</tr></thead><tbody>
${rows.map((row) => personRow(row, options)).join('\n')}
</tbody></table>`;
}

function personRow(row: StatusRow, options: RenderOptions): string {
  const e = escapeHtml;
  const email = shownEmail(row.email, options);
  const file = fileLabel(row.file);
  const data = { email: email.toLowerCase(), state: row.state, file, invited: row.invited_at ?? '', expires: row.expires_at ?? '', password: row.password_set_at ?? '', logins: String(row.logins) };
  const attributes = Object.entries(data).map(([key, value]) => ` data-${key}="${e(value)}"`).join('');
  return `<tr${attributes}><td class="email">${e(email)}</td><td><span class="badge state-${row.state}">${row.state}</span></td>` +
    `<td>${e(row.file === null ? file : `${file}:${row.line}`)}</td><td>${e(row.invited_at ?? '')}</td><td>${e(row.expires_at ?? '')}</td>` +
    `<td>${e(row.password_set_at ?? '')}</td><td class="num">${row.logins}</td><td>${e(stateDetail(row))}</td></tr>`;
}
