/**
 * The page's own script: takes the files a partner drops or picks, hands them to the Web Worker
 * (the validator), shows progress, then the report, which can be saved as HTML, CSV or JSON.
 */
import type { PageSettings, ValidateRequest, WorkerMessage } from './messages.js';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`the page lacks #${id}`);
  return found as T;
}

const settings = JSON.parse(element('dh-settings').textContent ?? '') as PageSettings;
const workerUrl = URL.createObjectURL(new Blob([element('dh-worker').textContent ?? ''], { type: 'text/javascript' }));
const activity = element<HTMLSelectElement>('activity');
const strict = element<HTMLInputElement>('strict');
const input = element<HTMLInputElement>('files');
const drop = element('drop');
const progressArea = element('progress-area');
const progress = element<HTMLProgressElement>('progress');
const status = element('status');
const result = element('result');
const summary = element('summary');
const frame = element<HTMLIFrameElement>('report');
const downloads = {
  html: element<HTMLAnchorElement>('download-html'),
  csv: element<HTMLAnchorElement>('download-csv'),
  json: element<HTMLAnchorElement>('download-json'),
};
const TYPES = { html: 'text/html', csv: 'text/csv', json: 'application/json' } as const;

let worker: Worker | undefined;
let lastFiles: readonly File[] = [];

/** A worker started before it is needed, and whether it failed while starting. */
interface Spare {
  readonly worker: Worker;
  failure?: string;
}

/**
 * Each check runs in a fresh worker, but a worker takes about a second to start (it reads the whole
 * validator): the next one is started as the page opens and as each check ends, while the partner
 * picks files, so a check begins at once. A worker that fails while starting is reported when used.
 */
let spare: Spare | undefined = startWorker();

function startWorker(): Spare {
  const started: Spare = { worker: new Worker(workerUrl) };
  started.worker.onerror = (event) => {
    started.failure = event.message;
  };
  return started;
}

function setState(state: 'idle' | 'checking' | 'done' | 'refused'): void {
  document.body.dataset['state'] = state;
}

function check(files: readonly File[]): void {
  if (files.length === 0) return;
  lastFiles = files;
  worker?.terminate();
  const next = spare ?? startWorker();
  spare = undefined;
  worker = next.worker;
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => show(event.data);
  worker.onerror = (event) => show({ type: 'refused', message: `The check stopped unexpectedly: ${event.message}` });
  if (next.failure !== undefined) {
    show({ type: 'refused', message: `The check stopped unexpectedly: ${next.failure}` });
    return;
  }
  setState('checking');
  result.hidden = true;
  progressArea.hidden = false;
  progress.removeAttribute('value');
  status.textContent = `Reading ${files.length} file${files.length === 1 ? '' : 's'}…`;
  const request: ValidateRequest = {
    type: 'validate',
    settings,
    files,
    strict: strict.checked,
    ...(activity.value !== '' && { activity: activity.value }),
  };
  worker.postMessage(request);
}

function show(message: WorkerMessage): void {
  if (message.type === 'progress') {
    progress.max = message.fileCount;
    progress.value = message.fileNumber - 1;
    status.textContent = `Checking ${message.file} (file ${message.fileNumber} of ${message.fileCount}): ${message.rows.toLocaleString('en')} rows`;
    return;
  }
  worker?.terminate();
  worker = undefined;
  spare ??= startWorker();
  progressArea.hidden = true;
  result.hidden = false;
  if (message.type === 'refused') {
    setState('refused');
    summary.className = 'summary refused';
    summary.textContent = message.message;
    element('downloads').hidden = true;
    frame.hidden = true;
    return;
  }
  const verdict =
    message.exitCode === 0 ? 'The data passed' : message.exitCode === 1 ? 'The data have problems to fix' : 'Some files could not be read';
  summary.className = `summary ${message.exitCode === 0 ? 'passed' : 'failed'}`;
  summary.textContent = `${verdict}: ${message.errors.toLocaleString('en')} errors and ${message.warnings.toLocaleString('en')} warnings in ${message.rows.toLocaleString('en')} rows (${message.activity}; dh validate would exit with ${message.exitCode}).`;
  for (const format of ['html', 'csv', 'json'] as const) {
    const link = downloads[format];
    if (link.href !== '') URL.revokeObjectURL(link.href);
    link.href = URL.createObjectURL(new Blob([message.reports[format]], { type: TYPES[format] }));
  }
  element('downloads').hidden = false;
  frame.hidden = false;
  frame.srcdoc = message.reports.html;
  setState('done');
}

input.addEventListener('change', () => check(Array.from(input.files ?? [])));
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  check(Array.from(event.dataTransfer?.files ?? []));
});
// A different activity or strictness checks the same files again.
activity.addEventListener('change', () => check(lastFiles));
strict.addEventListener('change', () => check(lastFiles));
setState('idle');
