import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '**/schema/**', '**/*.generated.ts', 'examples/**', 'templates/**', 'docs/api/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Module boundaries (docs/architecture.md): core depends on nothing internal; an
      // activity depends only on core, so activities never import each other.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          // The CLI loads @dh/validate's threads entry (worker threads) only when a command reads
          // data, and its main entry statically: a Node program has no bundle to split.
          checkDynamicDependenciesExceptions: ['@dh/validate'],
          depConstraints: [
            { sourceTag: 'scope:core', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:activity', onlyDependOnLibsWithTags: ['scope:core'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['scope:core', 'type:lib'] },
            { sourceTag: 'type:plugin', onlyDependOnLibsWithTags: ['scope:core', 'type:lib', 'type:activity'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['scope:core', 'type:lib', 'type:activity', 'type:plugin'] },
          ],
        },
      ],
    },
  },
];
