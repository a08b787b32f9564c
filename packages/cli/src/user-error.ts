/** Exit codes of every dh command (docs/architecture.md § CLI). */
export const EXIT = { ok: 0, dataErrors: 1, usage: 2 } as const;

/**
 * A mistake the user can fix (bad option, unreadable file). The top-level handler prints
 * its message alone, never a stack trace, and exits with its code.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  /** The message's lines: each is printed on its own, its control characters shown visibly. */
  readonly lines: readonly string[];
  constructor(
    message: string | readonly string[],
    readonly exitCode: number = EXIT.usage,
  ) {
    const lines = typeof message === 'string' ? [message] : message;
    super(lines.join('\n'));
    this.lines = lines;
  }
}
