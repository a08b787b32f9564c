import { describe, expect, it } from 'vitest';
import { baseParts, fixtureActivity, type FixtureParts } from '../../test/fixture-activity.js';
import { parseAssessmentConfig } from '../config/load-assessment-config.js';
import { group } from '../instrument/builder.js';
import { placedQuestions } from '../instrument/walk.js';
import type { Instrument } from '../instrument/types.js';
import { activitySnapshot } from '../versions/activity-snapshot.js';
import { diffSnapshots } from '../versions/snapshot-diff.js';
import { withCountryQuestions } from './country-questions.js';

/** The fixture survey with its online questions in a group that is an extension point (or where `at` says). */
function withPoint(at: 'online' | 'profile' | 'none' = 'online') {
  return (p: FixtureParts): FixtureParts => {
    const [childId, age, online, platform] = p.questions;
    if (!childId || !age || !online || !platform) throw new Error('fixture changed');
    return {
      ...p,
      questions: [
        childId,
        group('profile', 'About you', [age], at === 'profile' ? { extensionPoint: 'local_online' } : {}),
        group('online_use', 'Going online', [online, platform], at === 'online' ? { extensionPoint: 'local_online' } : {}),
      ],
    };
  };
}

const activity = withCountryQuestions(fixtureActivity(withPoint()));
const config = (countryQuestions: unknown[], country = 'XE') => ({
  country,
  name: 'Exampleland',
  languages: ['en', 'fr'],
  activities: { 'fixture-survey': { version: '1.0.0', countryQuestions } },
});
const LOCAL_APP = {
  name: 'xe_local_app',
  at: 'local_online',
  type: 'select_one',
  label: 'Do you use Exampleland Chat?',
  choices: [
    { code: 'yes', label: 'Yes' },
    { code: 'no', label: 'No' },
  ],
};

function parsed(json: unknown) {
  const result = parseAssessmentConfig(json, [activity]);
  if (result.status === 'failure') throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.config;
}

describe("a country's own questions, at the extension points an activity declares", () => {
  it('are asked at the end of the group that is the point, with their answers, and become columns of its record type', () => {
    const built = activity.build(
      parsed(config([LOCAL_APP, { name: 'xe_hours', at: 'local_online', type: 'integer', label: 'Hours', maximum: 24 }])),
    );
    const instrument = built.instruments[0] as Instrument;
    expect(placedQuestions(instrument).map((p) => p.question.name)).toEqual([
      'child_id',
      'age',
      'online',
      'platform',
      'xe_local_app',
      'xe_hours',
    ]);
    expect(instrument.choiceLists.find((l) => l.name === 'country_xe_local_app')?.choices.map((c) => c.label.key)).toEqual([
      'choices.country_xe_local_app.yes',
      'choices.country_xe_local_app.no',
    ]);
    const child = built.recordTypes.find((r) => r.name === 'child');
    expect(child?.fields.map((f) => f.name)).toEqual(['child_id', 'age', 'online', 'platform', 'xe_local_app', 'xe_hours']);
    expect(child?.fields.find((f) => f.name === 'xe_hours')).toMatchObject({ valueType: 'integer', maximum: 24, required: false });
    expect(child?.fields.find((f) => f.name === 'xe_local_app')?.label).toEqual({
      key: 'child_questionnaire.xe_local_app.label',
      en: 'Do you use Exampleland Chat?',
    });
  });

  it('leave the activity as published when there are none', () => {
    expect(activity.build(parsed(config([])))).toEqual(fixtureActivity(withPoint()).build());
  });

  it('may not take the name of a group, a list or a question of the activity', () => {
    const result = parseAssessmentConfig(config([{ ...LOCAL_APP, name: 'xe_group' }]), [
      withCountryQuestions(
        fixtureActivity((p) => {
          const withPoints = withPoint()(p);
          return { ...withPoints, questions: [...withPoints.questions, group('xe_group', 'A group', [], {})] };
        }),
      ),
    ]);
    expect(result.status === 'failure' && result.errors.map((e) => e.message)).toEqual([
      '"xe_group" is already a name in fixture-survey\'s questionnaires: choose another',
    ]);
  });

  it('are refused, each problem with its path, when they could collide, do not fit their type or have no point', () => {
    const result = parseAssessmentConfig(
      config([
        { ...LOCAL_APP, name: 'ke_local_app' },
        { ...LOCAL_APP, at: 'nowhere' },
        { ...LOCAL_APP, choices: [{ code: 'yes', label: 'Yes' }] },
        { name: 'xe_age', at: 'local_online', type: 'text', label: 'Age', minimum: 1 },
      ]),
      [activity],
    );
    expect(result.status).toBe('failure');
    const errors = result.status === 'failure' ? result.errors.map((e) => `${e.path}: ${e.message}`) : [];
    expect(errors).toEqual([
      'activities.fixture-survey.countryQuestions.0.name: "ke_local_app" must start with "xe_" (the country code), so it can never take a core question\'s name',
      'activities.fixture-survey.countryQuestions.2.name: "xe_local_app" is used by an earlier country question',
      'activities.fixture-survey.countryQuestions.2.choices: a select_one question needs at least two choices',
      'activities.fixture-survey.countryQuestions.3: minimum and maximum are for integer and decimal questions only',
      'activities.fixture-survey.countryQuestions.1.at: country question "xe_local_app" is at "nowhere", which is not an extension point of this activity; its points: local_online (end of child_questionnaire/online_use)',
    ]);
  });

  it('need the country code as their prefix: a name without one is refused by the schema', () => {
    const result = parseAssessmentConfig(config([{ ...LOCAL_APP, name: 'local_app' }]), [activity]);
    expect(result.status === 'failure' && result.errors[0]?.path).toBe('activities.fixture-survey.countryQuestions.0.name');
  });
});

describe('dh diff classifies a change to an extension point', () => {
  const before = activitySnapshot(fixtureActivity(withPoint('online')));
  const summary = (edit: (p: FixtureParts) => FixtureParts): string[] =>
    diffSnapshots(before, activitySnapshot(fixtureActivity(edit))).changes.map((c) => `${c.level} ${c.area} ${c.subject}: ${c.what}`);

  it('added: minor; moved to another group: minor (countries check their questions); removed: major', () => {
    expect(diffSnapshots(activitySnapshot(fixtureActivity(withPoint('none'))), before).changes.map((c) => `${c.level} ${c.what}`)).toEqual([
      'minor added',
    ]);
    expect(summary(withPoint('profile'))).toEqual(['minor extension point child_questionnaire/local_online: group changed']);
    expect(summary(withPoint('none'))).toEqual(['major extension point child_questionnaire/local_online: removed']);
  });

  it('a snapshot published before points existed reads as having none', () => {
    const flat = activitySnapshot(fixtureActivity((p) => ({ ...p, questions: baseParts().questions })));
    expect(flat.instruments[0]).not.toHaveProperty('extensionPoints');
  });
});
