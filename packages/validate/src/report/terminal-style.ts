/** ANSI styling for the terminal report: only on a terminal, and never with NO_COLOR set (no-color.org). */
export interface TerminalStyle {
  readonly error: (text: string) => string;
  readonly warning: (text: string) => string;
  readonly ok: (text: string) => string;
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
}

const plain = (text: string) => text;
const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export const PLAIN_STYLE: TerminalStyle = { error: plain, warning: plain, ok: plain, bold: plain, dim: plain };
export const COLOUR_STYLE: TerminalStyle = {
  error: ansi(31, 39),
  warning: ansi(33, 39),
  ok: ansi(32, 39),
  bold: ansi(1, 22),
  dim: ansi(2, 22),
};

export function wantsColour(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  return stream.isTTY === true && env['TERM'] !== 'dumb';
}
