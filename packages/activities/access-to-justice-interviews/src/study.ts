import { defineInterviewStudy } from '@dh/core';
import { CASE_STAGE, CASE_STAGE_QUESTION } from './case-stage.js';
import { CODING_FRAME } from './coding-frame.js';
import { GUIDE } from './guide.js';
import { RESPONDENT_TYPES } from './respondent-types.js';
import { ACCESS_TO_JUSTICE_INTERVIEWS_VERSION, ACTIVITY_ID } from './version.js';

/** What activity 7 shares with every interview activity, made by core's interview kit; its log adds the stage the case reached. */
export const STUDY = defineInterviewStudy({
  activityId: ACTIVITY_ID,
  version: ACCESS_TO_JUSTICE_INTERVIEWS_VERSION,
  prefix: 'aj',
  name: 'Access-to-justice interviews',
  respondentTypes: RESPONDENT_TYPES,
  sectors: ['government', 'ngo', 'private', 'independent_institution', 'other_sector'],
  guide: GUIDE,
  frame: CODING_FRAME,
  logQuestions: [CASE_STAGE_QUESTION],
  logLists: [CASE_STAGE],
});
