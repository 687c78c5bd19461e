// Markdown building blocks that are safe for any declared value.
import { escapeUnprintable } from '../escape';

/**
 * Text for a GitHub table cell: markdown and HTML punctuation escaped (so a value cannot open a link, a code span,
 * an HTML tag or a new column), line breaks flattened, anything unprintable made visible.
 */
export function cell(text: string): string {
  return escapeUnprintable(text.replace(/[ \t\r\n]+/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]~|#!]/g, '\\$&');
}

export function table(header: readonly string[], align: readonly ('left' | 'right')[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${align.map((a) => (a === 'right' ? '--:' : ':--')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

/** A collapsible section; the blank lines around the body let GitHub render markdown inside it. */
export function details(summary: string, body: readonly string[], open = false): string[] {
  return [`<details${open ? ' open' : ''}><summary>${summary}</summary>`, '', ...body, '', '</details>'];
}
