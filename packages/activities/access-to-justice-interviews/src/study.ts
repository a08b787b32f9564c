import { defineInterviewStudy } from '@dh/core';
import { CODING_FRAME } from './coding-frame.js';
import { GUIDE } from './guide.js';
import { RESPONDENT_TYPES } from './respondent-types.js';
import { ACCESS_TO_JUSTICE_INTERVIEWS_VERSION, ACTIVITY_ID } from './version.js';

/** What activity 7 shares with every interview activity, made by core's interview kit. */
export const STUDY = defineInterviewStudy({
  activityId: ACTIVITY_ID,
  version: ACCESS_TO_JUSTICE_INTERVIEWS_VERSION,
  prefix: 'aj',
  name: 'Access-to-justice interviews',
  respondentTypes: RESPONDENT_TYPES,
  sectors: ['government', 'ngo', 'private', 'independent_institution', 'other_sector'],
  guide: GUIDE,
  frame: CODING_FRAME,
});
