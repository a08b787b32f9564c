import { fileURLToPath } from 'node:url';
import { createProjectGraphAsync } from '@nx/devkit';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const workspaceRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** Lints a source text as if it were a file at `path` in the workspace. */
async function boundaryErrors(path: string, source: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: workspaceRoot });
  const [result] = await eslint.lintText(source, { filePath: `${workspaceRoot}/${path}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

describe('module boundaries (docs/architecture.md): enforced by lint, not only configured', () => {
  beforeAll(async () => {
    // The rule reads Nx's cached project graph; `nx lint` builds it, and so must this test.
    process.env['NX_DAEMON'] = 'false';
    await createProjectGraphAsync({ exitOnError: false });
  }, 120_000);

  it('fails lint when an activity imports anything but core', async () => {
    const errors = await boundaryErrors(
      'packages/activities/household-survey/src/violation.ts',
      "import { synthesize } from '@dh/synth';\nexport const x = synthesize;\n",
    );
    // Reported as a tag violation, or, when that library's tests use the activity, first as a cycle: lint fails either way.
    expect(errors.join('\n')).toMatch(
      /type:activity.*can only depend on libs tagged with "scope:core"|Circular dependency between "@dh\/household-survey" and "@dh\/synth"/s,
    );
  });

  it('so no activity can import another: activities are tagged type:activity, which only scope:core may be depended on', async () => {
    const graph = await createProjectGraphAsync({ exitOnError: false });
    const activities = Object.values(graph.nodes).filter((n) => n.data.root.startsWith('packages/activities/'));
    expect(activities.length).toBeGreaterThan(0);
    for (const node of activities) expect(node.data.tags?.filter((t) => !t.startsWith('npm:'))).toEqual(['type:activity']);
    const config = (await new ESLint({ cwd: workspaceRoot }).calculateConfigForFile(`${workspaceRoot}/packages/activities/x/src/a.ts`)) as {
      rules: Record<string, [string, { depConstraints: { sourceTag: string; onlyDependOnLibsWithTags: string[] }[] }]>;
    };
    const constraints = config.rules['@nx/enforce-module-boundaries']?.[1].depConstraints ?? [];
    expect(constraints.find((c) => c.sourceTag === 'type:activity')?.onlyDependOnLibsWithTags).toEqual(['scope:core']);
  });

  it('fails lint when core imports any other workspace package', async () => {
    const errors = await boundaryErrors('packages/core/src/violation.ts', "import { main } from '@dh/cli';\nexport const x = main;\n");
    expect(errors.length).toBeGreaterThan(0);
  });

  it('lets an activity import core', async () => {
    expect(
      await boundaryErrors('packages/activities/household-survey/src/fine.ts', "import { q } from '@dh/core';\nexport const x = q('a');\n"),
    ).toEqual([]);
  });
});
