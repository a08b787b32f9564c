// Every command the guides show is run as written (test/guides.ts says how). The guides are
// split over three files so that vitest runs them side by side: here README.md and docs/*.md.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { LONG, repo, runGuide, updating } from '../test/guides.js';

const GUIDES = [
  'README.md',
  ...readdirSync(join(repo, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

describe('every command in the guides runs as written', () => {
  it.each(GUIDES)('%s', LONG, (file) => {
    const path = join(repo, file);
    const markdown = readFileSync(path, 'utf8');
    const updated = runGuide(file, markdown, { name: 'workspace' });
    if (updating && updated !== markdown) writeFileSync(path, updated);
  });
});
