// Offsets to 1-based line:column. Built once per file (one pass over the text), queried lazily by binary search,
// so positions cost nothing for the values nobody asks about.

export interface LinePosition {
  line: number;
  column: number;
}

/** Offsets at which each line starts; `\r\n` needs no special case since `\r` ends the previous line. */
export function indexLines(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

export function positionAt(lineStarts: readonly number[], offset: number): LinePosition {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
}
