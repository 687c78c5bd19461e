// The question `reconcile` asks on a terminal before its first write, worded as `terraform apply` words it. Only
// when both stdin and stderr are terminals: a pipe, a file or CI never waits for an answer that cannot come.
import { createInterface } from 'node:readline/promises';

/** Asks to go ahead with the plan printed above; true only for the answer `yes`. A stop answers no. */
export type Confirm = (stop?: AbortSignal) => Promise<boolean>;

export const CONFIRM_QUESTION = "Do you want to perform these actions? Only 'yes' will be accepted to approve.";

export function terminalConfirmation(stdin: NodeJS.ReadStream, stderr: NodeJS.WriteStream): Confirm | undefined {
  if (!stdin.isTTY || !stderr.isTTY) return undefined;
  return async (stop) => {
    // terminal: false keeps the terminal in its usual mode, so Ctrl-C is a real SIGINT and stops the run.
    const lines = createInterface({ input: stdin, output: stderr, terminal: false });
    try {
      stderr.write(`\n${CONFIRM_QUESTION}\n\n  Enter a value: `);
      const answer = await lines.question('', stop ? { signal: stop } : {});
      return answer.trim() === 'yes';
    } catch {
      return false;
    } finally {
      lines.close();
      stdin.pause();
    }
  };
}
