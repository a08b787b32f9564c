import { defineInterviewStudy, selectOne } from '@dh/core';
import { CODING_FRAME } from './coding-frame.js';
import { GUIDE } from './guide.js';
import { RESPONDENT_TYPES } from './respondent-types.js';
import { ACTIVITY_ID, SURVIVOR_CONVERSATIONS_VERSION } from './version.js';

/**
 * What activity 8 shares with every interview activity, made by core's interview kit. Its log
 * adds whether a support worker the young person knows was there: the guide asks for one.
 */
export const STUDY = defineInterviewStudy({
  activityId: ACTIVITY_ID,
  version: SURVIVOR_CONVERSATIONS_VERSION,
  prefix: 'sc',
  name: 'Survivor conversations',
  respondentTypes: RESPONDENT_TYPES,
  sectors: [],
  guide: GUIDE,
  frame: CODING_FRAME,
  logQuestions: [
    selectOne(
      'support_person_present',
      'yes_no',
      'Was a support worker the young person knows present, or close by, during the conversation?',
      {
        required: true,
      },
    ),
  ],
});
