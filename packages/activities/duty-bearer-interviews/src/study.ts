import { defineInterviewStudy } from '@dh/core';
import { CODING_FRAME } from './coding-frame.js';
import { GUIDE } from './guide.js';
import { RESPONDENT_TYPES, SECTORS } from './respondent-types.js';
import { ACTIVITY_ID, DUTY_BEARER_INTERVIEWS_VERSION } from './version.js';

/** What activity 6 shares with every interview activity, made by core's interview kit. */
export const STUDY = defineInterviewStudy({
  activityId: ACTIVITY_ID,
  version: DUTY_BEARER_INTERVIEWS_VERSION,
  prefix: 'db',
  name: 'Interviews with duty-bearers',
  respondentTypes: RESPONDENT_TYPES,
  sectors: SECTORS,
  guide: GUIDE,
  frame: CODING_FRAME,
});
