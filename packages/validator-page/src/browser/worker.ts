/**
 * The page's Web Worker: the validate package, compiled for the browser, run on the dropped files.
 * The same `validateActivity` as `dh validate`, so the same checks, codes, messages and report.
 */
import './no-code-generation.js';
import { withCountryQuestions, type ActivityDefinition, type BuiltActivity } from '@dh/core';
import { formatReport, recogniseActivity, validateActivity } from '@dh/validate';
import { activities as bundled } from 'dh:activities';
import type { ValidateRequest, WorkerMessage } from './messages.js';
import { registerFiles } from './shims/file-registry.js';

interface WorkerScope {
  postMessage(message: WorkerMessage): void;
  onmessage: ((event: MessageEvent<ValidateRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  run(event.data).then(
    (message) => scope.postMessage(message),
    (error: unknown) =>
      scope.postMessage({
        type: 'refused',
        message: `The check stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
      }),
  );
};

async function run(request: ValidateRequest): Promise<WorkerMessage> {
  const { settings } = request;
  const running = settings.activities
    .map((a) => bundled.find((definition) => definition.id === a.id))
    .filter((definition): definition is ActivityDefinition => definition !== undefined)
    // As `dh validate` loads them: with the assessment's country questions.
    .map(withCountryQuestions);
  const names = registerFiles(request.files);
  const built = new Map<string, BuiltActivity>();
  const buildOf = (definition: ActivityDefinition) => {
    const known = built.get(definition.id);
    if (known) return known;
    const made = definition.build(settings.config);
    built.set(definition.id, made);
    return made;
  };
  const chosen = await chooseActivity(request, running, names, buildOf);
  if (typeof chosen === 'string') return { type: 'refused', message: chosen };
  const report = await validateActivity({
    definition: chosen,
    built: buildOf(chosen),
    config: settings.config,
    configLabel: settings.configLabel,
    files: names,
    toolVersion: settings.toolVersion,
    strict: request.strict,
    examplesPerCode: settings.examplesPerCode,
    onProgress: (p) => scope.postMessage({ type: 'progress', ...p }),
  });
  return {
    type: 'done',
    activity: chosen.id,
    exitCode: report.exitCode,
    errors: report.totals.errors,
    warnings: report.totals.warnings,
    rows: report.totals.rows,
    reports: { html: formatReport(report, 'html'), csv: formatReport(report, 'csv'), json: formatReport(report, 'json') },
  };
}

/** The activity named in the page, the only one the assessment runs, or the one whose record types recognise every file. */
async function chooseActivity(
  request: ValidateRequest,
  running: readonly ActivityDefinition[],
  names: readonly string[],
  buildOf: (definition: ActivityDefinition) => BuiltActivity,
): Promise<ActivityDefinition | string> {
  if (request.activity !== undefined) {
    return running.find((a) => a.id === request.activity) ?? `This page does not check ${request.activity}.`;
  }
  const [only] = running;
  if (running.length === 1 && only) return only;
  const recognition = await recogniseActivity(
    names,
    running.map((a) => ({ id: a.id, built: buildOf(a) })),
  );
  const recognised = running.find((a) => a.id === recognition.activity);
  if (recognised) return recognised;
  if (recognition.unreadable.length === names.length && names.length > 0)
    return recognition.unreadable.map((p) => `${p.message} ${p.hint}`).join('\n');
  const why =
    recognition.matching.length > 1
      ? `the headers fit ${recognition.matching.join(' and ')} alike`
      : `no one activity's record types match the headers of ${names.length === 1 ? 'this file' : 'all these files'}`;
  return `Which activity these files belong to cannot be told (${why}): choose the activity above and check them again.`;
}
