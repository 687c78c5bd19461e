// Options every renderer takes.
export interface RenderOptions {
  /** Shorten email addresses (`a***@e***.com`) wherever they appear, for comments on public repositories. */
  maskEmails?: boolean;
  /** Markdown only: the most characters to print (default just under GitHub's comment limit). */
  maxChars?: number;
}
