// `npx plop country`: the interactive front of the country scaffold. It renders the same
// templates with the same function as `nx g @dh/nx-plugin:country` and `dh new country`
// (run `npm run build` first: plop loads the built @dh/nx-plugin).
import { availableActivities, FsScaffoldTree, normalizeCountryOptions, scaffoldCountry } from '@dh/nx-plugin';

export default async function plopfile(plop) {
  const activities = await availableActivities();
  plop.setGenerator('country', {
    description: 'Scaffold a complete, comparable country assessment',
    prompts: [
      { type: 'input', name: 'iso', message: 'ISO 3166-1 alpha-2 code (e.g. KE; fictional: XA–XZ)' },
      { type: 'input', name: 'name', message: 'Country name' },
      { type: 'input', name: 'languages', message: 'Languages (BCP 47, comma-separated)', default: 'en' },
      {
        type: 'checkbox',
        name: 'activities',
        message: 'Activities that run',
        choices: activities.map((a) => ({ name: `${a.title} (${a.id})`, value: a.id, checked: true })),
      },
      { type: 'number', name: 'ageMin', message: 'Youngest survey age', default: 12 },
      { type: 'number', name: 'ageMax', message: 'Oldest survey age', default: 17 },
      {
        type: 'input',
        name: 'strata',
        message: 'Strata (code:Label;code:Label)',
        default: 'national_urban:National, urban;national_rural:National, rural',
      },
      { type: 'input', name: 'fieldworkStart', message: 'First day of fieldwork (YYYY-MM-DD)' },
      { type: 'input', name: 'fieldworkEnd', message: 'Last day of fieldwork (YYYY-MM-DD)' },
    ],
    actions: [
      async function scaffold(answers) {
        const root = process.cwd();
        const normalized = normalizeCountryOptions(
          answers,
          root,
          activities.map((a) => a.id),
        );
        if (normalized.status === 'failure') throw new Error(normalized.errors.join('\n'));
        const result = await scaffoldCountry(new FsScaffoldTree(root), normalized.options, activities);
        if (result.status === 'failure') throw new Error(result.errors.join('\n'));
        return `created ${result.directory}/ (${result.files.length} files); next: read ${result.directory}/README.md`;
      },
    ],
  });
}
