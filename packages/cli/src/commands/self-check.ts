import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  compileRecordValidator,
  createIssue,
  IssueCatalogue,
  parseAssessmentConfig,
  recordJsonSchema,
  type ActivityDefinition,
} from '@dh/core';
import { COUNTRY_TEMPLATES_DIR, readCountryTemplates } from '@dh/nx-plugin';
import { bundledActivities } from '@dh/validator-page';
import { loadActivities } from '../activities.js';
import { EXIT } from '../user-error.js';

interface Check {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

/** Checks this installation works offline: runtime, every installed activity builds and its schemas compile. */
export async function runSelfCheck(): Promise<Check[]> {
  const checks: Check[] = [];
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  checks.push({ name: 'Node.js ≥ 20.19', ok: major > 20 || (major === 20 && minor >= 19), detail: process.versions.node });
  const icu = new Intl.DisplayNames(['en'], { type: 'language' }).of('sw');
  checks.push({ name: 'language data (ICU)', ok: icu === 'Swahili', detail: icu ?? 'missing' });
  const config = parseAssessmentConfig({
    country: 'XA',
    name: 'Self-check',
    languages: ['en'],
    activities: {},
    fieldwork: { start: '2021-01-01', end: '2021-02-01' },
  });
  checks.push({ name: 'assessment config schema', ok: config.status === 'success', detail: config.status });
  checks.push({
    name: 'issue catalogue',
    ok: createIssue({ code: 'missing-column', field: 'age' }).message.includes('age'),
    detail: 'messages render',
  });
  let activities: ActivityDefinition[] = [];
  try {
    activities = await loadActivities();
  } catch (error) {
    checks.push({ name: 'activity packages', ok: false, detail: (error as Error).message });
  }
  for (const activity of activities) checks.push(checkActivity(activity));
  checks.push(checkTemplates());
  checks.push(checkValidatorPage(activities));
  const schema = fileURLToPath(new URL('../../schema/assessment.schema.json', import.meta.url));
  checks.push({ name: 'published assessment schema', ok: existsSync(schema), detail: schema });
  return checks;
}

/** The country templates `dh new country` renders ship with the scaffold. */
function checkTemplates(): Check {
  try {
    const templates = readCountryTemplates();
    return {
      name: 'country templates',
      ok: templates.some((t) => t.path === 'README.md'),
      detail: `${templates.length} templates in ${COUNTRY_TEMPLATES_DIR}`,
    };
  } catch (error) {
    return { name: 'country templates', ok: false, detail: (error as Error).message };
  }
}

/** The offline validator page's compiled worker is installed and carries every installed activity at its version. */
function checkValidatorPage(activities: readonly ActivityDefinition[]): Check {
  try {
    const carried = bundledActivities();
    const missing = activities.filter((a) => !carried.some((c) => c.id === a.id && c.version === a.version));
    return {
      name: 'validator page',
      ok: missing.length === 0,
      detail:
        missing.length === 0
          ? `its worker checks ${carried.length} activities`
          : `its worker lacks ${missing.map((a) => `${a.id} ${a.version}`).join(', ')}: rebuild @dh/validator-page`,
    };
  } catch (error) {
    return { name: 'validator page', ok: false, detail: (error as Error).message };
  }
}

function checkActivity(activity: ActivityDefinition): Check {
  try {
    const built = activity.build();
    built.recordTypes.forEach((r) => compileRecordValidator(recordJsonSchema(r)));
    IssueCatalogue.of([activity]);
    return {
      name: `activity ${activity.id}@${activity.version}`,
      ok: true,
      detail: `${built.instruments.length} instruments, ${built.recordTypes.length} record types, ${built.indicators.length} indicators, ${built.tables.length} tables`,
    };
  } catch (error) {
    return { name: `activity ${activity.id}`, ok: false, detail: (error as Error).message };
  }
}

export function registerSelfCheck(program: Command): void {
  program
    .command('self-check')
    .description('check this installation: runtime, schemas and every installed activity (offline)')
    .option('--json', 'print the checks as JSON')
    .action(async (options: { json?: boolean }) => {
      const checks = await runSelfCheck();
      if (options.json) console.log(JSON.stringify({ checks }, null, 2));
      else for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'}  ${c.name}  (${c.detail})`);
      process.exitCode = checks.every((c) => c.ok) ? EXIT.ok : EXIT.dataErrors;
    });
}
