// Markdown tables for BENCHMARKS.md.

export const cell = (text: string): string => text.replace(/\|/g, '\\|');

export const table = (head: string[], rows: string[][], align?: string[]): string =>
  [
    `| ${head.map(cell).join(' | ')} |`,
    `|${(align ?? head.map(() => '---')).join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
