import { all, any, group, note, q, selectMultiple, selectOne, type NodeDraft } from '@dh/core';
import { followUp, OCSEA_ITEMS, type OcseaItem } from '../../ocsea-items.js';
import { exclusiveCodes, exclusiveMessage } from '../exclusive.js';
import { childConsented } from './consent.js';

const PAST_YEAR = 'In the past 12 months, has anyone';

/**
 * One OCSEA item and its follow-ups. The follow-ups are asked only when the child answered
 * "yes" (docs/methodology.md § household-survey: who, platform, online or in person, whom told).
 */
function ocseaItem(item: OcseaItem): NodeDraft[] {
  const yes = q(item.name).eq('yes');
  return [
    selectOne(item.name, 'yes_no_dk_ref', `${PAST_YEAR} ${item.wording}`, { required: true }),
    selectMultiple(followUp(item, 'who'), 'offender', 'Who did this? Choose all that apply.', {
      required: true,
      relevant: yes,
      constraint: exclusiveCodes('dont_know', 'refused'),
      constraintMessage: exclusiveMessage("Don't know", 'Prefer not to say'),
    }),
    selectOne(followUp(item, 'mode'), 'mode', 'Did this happen online, in person, or both?', { required: true, relevant: yes }),
    selectMultiple(followUp(item, 'platform'), 'platform', 'On which apps, sites or games did it happen? Choose all that apply.', {
      required: true,
      // Asked whenever any part of it may have happened online.
      relevant: all(yes, q(followUp(item, 'mode')).ne('in_person_only')),
      constraint: exclusiveCodes('dont_know', 'refused'),
      constraintMessage: exclusiveMessage("Don't know", 'Prefer not to say'),
    }),
    selectMultiple(followUp(item, 'told'), 'confidant', 'Whom did you tell about it? Choose all that apply.', {
      required: true,
      relevant: yes,
      constraint: exclusiveCodes('no_one', 'refused'),
      constraintMessage: exclusiveMessage('I told no one', 'Prefer not to say'),
    }),
  ];
}

/** The child told no one about at least one experience. */
export const toldNoOneAboutAny = any(...OCSEA_ITEMS.map((item) => q(followUp(item, 'told')).selected('no_one')));

/** Risky online behaviour and OCSEA experiences: self-completed on the tablet (docs/methodology.md). */
export function ocseaModules(): NodeDraft[] {
  return [
    group(
      'risky_behaviour',
      'Things you may have done online',
      [
        selectOne(
          'risk_met_in_person',
          'yes_no_dk_ref',
          'In the past 12 months, have you met in person someone you first got to know on the internet?',
          { required: true },
        ),
        selectOne(
          'risk_sent_own_images',
          'yes_no_dk_ref',
          'In the past 12 months, have you sent photos or videos of yourself to someone you had never met in person?',
          { required: true },
        ),
        selectOne(
          'risk_added_strangers',
          'yes_no_dk_ref',
          'In the past 12 months, have you added people you had never met in person to your friends or contacts?',
          { required: true },
        ),
        selectOne(
          'risk_shared_details',
          'yes_no_dk_ref',
          'In the past 12 months, have you given personal details such as your address or school to someone you had never met in person?',
          { required: true },
        ),
      ],
      { relevant: childConsented, selfCompleted: true },
    ),
    group(
      'ocsea',
      'Things that may have happened to you',
      [
        note(
          'ocsea_intro',
          'The next questions are about things that sometimes happen to young people, online or in person. Only you will see your answers. You can choose "Prefer not to say" for any question.',
        ),
        ...OCSEA_ITEMS.flatMap(ocseaItem),
        selectMultiple(
          'reasons_not_told',
          'reason_not_told',
          'You said you told no one about something that happened to you. Why did you not tell anyone? Choose all that apply.',
          {
            required: true,
            relevant: toldNoOneAboutAny,
            constraint: exclusiveCodes('refused'),
            constraintMessage: exclusiveMessage('Prefer not to say'),
          },
        ),
      ],
      { relevant: childConsented, selfCompleted: true },
    ),
  ];
}
