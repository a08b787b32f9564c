// `npx plop country`: the interactive front of the country scaffold. It renders the same
// templates with the same function as `nx g @dh/nx-plugin:country` and `dh new country`, and
// asks for the options every installed activity declares (run `npm run build` first: plop
// loads the built @dh/nx-plugin). Answers can be given in order on the command line, `_` for
// the default: `npx plop country KE Kenya en,sw _ assessments/ke 2021-01-10 2021-03-31`.
import {
  activityScaffoldOptions,
  availableActivities,
  camelCase,
  FsScaffoldTree,
  normalizeCountryOptions,
  scaffoldCountry,
} from '@dh/nx-plugin';

/** An empty answer means "not given": the scaffold's own default then applies. */
const given = (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export default async function plopfile(plop) {
  const activities = await availableActivities();
  const activityPrompts = activityScaffoldOptions(activities).map((option) => ({
    type: 'input',
    name: camelCase(option.name),
    message: `${option.description}${option.type === 'string' ? '' : ` (${option.type})`}`,
    ...(option.default !== undefined && { default: String(option.default) }),
  }));
  plop.setGenerator('country', {
    description: 'Scaffold a complete, comparable country assessment',
    prompts: [
      { type: 'input', name: 'iso', message: 'ISO 3166-1 alpha-2 code (e.g. KE; fictional: XA–XZ)' },
      { type: 'input', name: 'name', message: 'Country name' },
      { type: 'input', name: 'languages', message: 'Languages (BCP 47, comma-separated; the first is the default)', default: 'en' },
      {
        type: 'input',
        name: 'activities',
        message: `Activities that run (comma-separated; empty for all: ${activities.map((a) => a.id).join(', ')})`,
      },
      { type: 'input', name: 'directory', message: 'Folder, relative to this workspace (empty for assessments/<iso>)' },
      { type: 'input', name: 'fieldworkStart', message: 'First day of fieldwork (YYYY-MM-DD; empty if not known yet)' },
      { type: 'input', name: 'fieldworkEnd', message: 'Last day of fieldwork (YYYY-MM-DD; empty if not known yet)' },
      { type: 'input', name: 'regions', message: 'Regions, written code:Label;code:Label (empty to fill extensionLists.region later)' },
      ...activityPrompts,
    ],
    actions: [
      async function scaffold(answers) {
        const root = plop.getDestBasePath();
        const options = Object.fromEntries(Object.entries(answers).map(([key, value]) => [key, given(value)]));
        const normalized = normalizeCountryOptions(options, root, activities);
        if (normalized.status === 'failure') throw new Error(normalized.errors.join('\n'));
        const result = await scaffoldCountry(new FsScaffoldTree(root), normalized.options, activities);
        if (result.status === 'failure') throw new Error(result.errors.join('\n'));
        return `created ${result.directory}/ (${result.files.length} files); next: read ${result.directory}/README.md`;
      },
    ],
  });
}
