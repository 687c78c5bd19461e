// Options every renderer takes.
import type { ApplyEstimate } from '../plan/estimate';

export interface RenderOptions {
  /** What the apply of the plan will cost (plan/estimate.ts); plans only, shown when given. */
  estimate?: ApplyEstimate;
  /** Shorten email addresses (`a***@e***.com`) wherever they appear, for comments on public repositories. */
  maskEmails?: boolean;
  /** Markdown only: the most characters to print (default just under GitHub's comment limit). */
  maxChars?: number;
}
