/**
 * @dh/validator-page: the offline validator page. One self-contained HTML file per assessment, in
 * which a data partner checks files with the validate package compiled for the browser: the same
 * checks, issue codes, messages and report as `dh validate`, with no network and nothing installed.
 */
export { bundledActivities, renderValidatorPage, contentSecurityPolicy, scriptText } from './page-html.js';
export type { PageSettings } from './browser/messages.js';
