// Scanning YAML text by hand where js-yaml reports no position: white space, comments, anchors and tags, and
// the "-" indicators of block sequences. Offsets are UTF-16 code units, as in the text.

function isSpaceOrBreak(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function isFlowIndicator(code: number): boolean {
  return code === 0x2c || code === 0x5b || code === 0x5d || code === 0x7b || code === 0x7d; // , [ ] { }
}

/** Characters a core-schema number is written with (`-1.5e+3`, `0x1F`, `0o17`, `.inf`). */
export function isNumberCharacter(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2b || code === 0x2d || code === 0x2e;
}

/** The end of the anchor or alias (`&name`, `*name`: up to white space or a flow indicator) or tag (`!name`: up to white space) at `at`. */
export function propertyEnd(text: string, at: number): number {
  const tag = text.charCodeAt(at) === 0x21;
  let end = at + 1;
  while (end < text.length && !isSpaceOrBreak(text.charCodeAt(end)) && (tag || !isFlowIndicator(text.charCodeAt(end)))) end++;
  return end;
}

/** Past spaces and tabs on the same line. */
export function skipSpaces(text: string, from: number): number {
  let at = from;
  while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at++;
  return at;
}

/** Past spaces, tabs, line breaks and comments. */
export function skipSeparation(text: string, from: number): number {
  let at = from;
  for (;;) {
    const code = text.charCodeAt(at);
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) at++;
    else if (code === 0x23 /* # */) {
      while (at < text.length && text.charCodeAt(at) !== 0x0a && text.charCodeAt(at) !== 0x0d) at++;
    } else return at;
  }
}

/** Offsets of the block sequence indicators ("-" followed by white space) between `from` and `to`. */
export function indicatorsBetween(text: string, from: number, to: number): number[] {
  const dashes: number[] = [];
  for (let at = skipSeparation(text, from); at < to; at = skipSeparation(text, at + 1)) {
    if (text.charCodeAt(at) === 0x2d && (at + 1 >= text.length || isSpaceOrBreak(text.charCodeAt(at + 1)))) dashes.push(at);
    else break;
  }
  return dashes;
}
