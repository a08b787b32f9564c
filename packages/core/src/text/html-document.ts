import { escapeHtml } from './markup.js';

/**
 * A complete, self-contained HTML page: inline style, no script, and a
 * Content-Security-Policy that forbids loading anything, so the page opens offline (from a
 * USB stick, by double-click) and can send nothing anywhere. Every page dh writes is one.
 */
export function htmlDocument(options: {
  readonly title: string;
  readonly style: string;
  readonly body: string;
  readonly lang?: string;
}): string {
  return `<!doctype html>
<html lang="${escapeHtml(options.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(options.title)}</title>
<style>${options.style}</style>
</head>
<body>
${options.body}
</body>
</html>
`;
}
