// The style sheet and the script of the status page (status-html.ts), inline in the page and allowed by their
// hashes in its Content-Security-Policy: the page loads nothing, and runs no script but this one.

export const STATUS_PAGE_CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --accent: #0a66c2; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 24px; font: 14px/1.5 system-ui, sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; }
.muted { color: var(--muted); }
.tiles { display: flex; flex-wrap: wrap; gap: 8px; margin: 16px 0; padding: 0; list-style: none; }
.tiles li { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; min-width: 110px; }
.tiles strong { display: block; font-size: 20px; }
.state-pending { --state: #8c959f; } .state-invited { --state: #0a66c2; } .state-expired { --state: #bf8700; }
.state-accepted { --state: #1a7f37; } .state-revoked { --state: #cf222e; } .state-unmanaged { --state: #8250df; }
.tiles li { border-left: 4px solid var(--state, var(--line)); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: var(--ink); }
th[aria-sort=ascending] button::after { content: " ▲"; } th[aria-sort=descending] button::after { content: " ▼"; }
.filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: end; margin: 8px 0; }
.filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); }
.filters input, .filters select { font: inherit; padding: 4px 6px; }
.badge { display: inline-block; padding: 0 6px; border-radius: 10px; color: #fff; background: var(--state); font-size: 12px; }
.email { overflow-wrap: anywhere; min-width: 16em; }
svg text { font: 13px system-ui, sans-serif; fill: var(--ink); }
`;

export const STATUS_PAGE_SCRIPT = `
(function () {
  'use strict';
  var table = document.getElementById('people');
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var text = document.getElementById('filter-text');
  var state = document.getElementById('filter-state');
  var file = document.getElementById('filter-file');
  var shown = document.getElementById('shown-count');
  function applyFilters() {
    var query = text.value.trim().toLowerCase();
    var count = 0;
    rows.forEach(function (row) {
      var keep = (query === '' || row.getAttribute('data-email').indexOf(query) !== -1) &&
        (state.value === '' || row.getAttribute('data-state') === state.value) &&
        (file.value === '' || row.getAttribute('data-file') === file.value);
      row.hidden = !keep;
      if (keep) count++;
    });
    shown.textContent = String(count);
  }
  [text, state, file].forEach(function (control) {
    control.addEventListener('input', applyFilters);
    control.addEventListener('change', applyFilters);
  });
  function compare(a, b, key) {
    var x = a.getAttribute('data-' + key) || '';
    var y = b.getAttribute('data-' + key) || '';
    if (key === 'logins') return Number(x) - Number(y);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  var headers = Array.prototype.slice.call(table.tHead.querySelectorAll('th'));
  headers.forEach(function (th) {
    var button = th.querySelector('button');
    if (!button) return;
    button.addEventListener('click', function () {
      var key = button.getAttribute('data-key');
      var direction = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      rows.sort(function (a, b) {
        return direction * compare(a, b, key) || compare(a, b, 'email');
      });
      rows.forEach(function (row) { body.appendChild(row); });
      headers.forEach(function (other) { other.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', direction === 1 ? 'ascending' : 'descending');
    });
  });
  applyFilters();
})();
`;
