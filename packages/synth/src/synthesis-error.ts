/**
 * A synthesis plan that cannot be followed (a bug in an activity package), or options a
 * caller got wrong. The CLI turns the latter into a user error.
 */
export class SynthesisError extends Error {
  override readonly name = 'SynthesisError';
}
