import { z } from 'zod';

/**
 * Stops dh's libraries from generating code at run time: zod otherwise compiles its object
 * parsers with `new Function` (after probing whether it may). The offline validator page runs
 * under a Content-Security-Policy without `'unsafe-eval'`, where even the probe is a logged
 * violation; call this before anything parses. ajv is not concerned: validation checks cells
 * with code compiled ahead of time (validate's cell checks) and never calls ajv.
 */
export function disableRuntimeCodeGeneration(): void {
  z.config({ jitless: true });
}
