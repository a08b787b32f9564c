import { defineIssue, type IssueDefinition } from '../issues/catalogue.js';

/** The issue codes every interview activity has, each namespaced by the activity's id. */
export interface InterviewIssueCodes {
  readonly consentNotRecorded: `${string}/${string}`;
  readonly assentNotRecorded: `${string}/${string}`;
  readonly themeOutsideFrame: `${string}/${string}`;
  readonly frameVersionUnknown: `${string}/${string}`;
  readonly fewerThanPlanned: `${string}/${string}`;
}

export function interviewIssueCodes(activityId: string): InterviewIssueCodes {
  return {
    consentNotRecorded: `${activityId}/consent-not-recorded`,
    assentNotRecorded: `${activityId}/assent-not-recorded`,
    themeOutsideFrame: `${activityId}/theme-outside-frame`,
    frameVersionUnknown: `${activityId}/frame-version-unknown`,
    fewerThanPlanned: `${activityId}/fewer-interviews-than-planned`,
  };
}

/**
 * The catalogue entries of those codes (docs/architecture.md, principle 4). Each message is the
 * rule's own sentence, naming the interview or segment and what to do.
 */
export function interviewIssues(activityId: string): IssueDefinition[] {
  const codes = interviewIssueCodes(activityId);
  return [
    defineIssue({
      code: codes.consentNotRecorded,
      severity: 'error',
      category: 'data-protection',
      title: 'Interview without recorded consent',
      description: 'The interview log records an interview for which informed consent is not recorded as given.',
      message: '{detail}',
      hint: 'No interview may be held or kept without consent. If the person did not agree, delete the row and everything coded from the interview; if they did, correct the consent field.',
    }),
    defineIssue({
      code: codes.assentNotRecorded,
      severity: 'error',
      category: 'data-protection',
      title: 'Child interview without the child’s assent',
      description: 'The interview log records an interview with a respondent under 18 whose own assent is not recorded as given.',
      message: '{detail}',
      hint: 'A child is interviewed only with their own assent as well as adult consent. If the child did not agree, delete the row and everything coded from the interview; if they did, correct the assent field.',
    }),
    defineIssue({
      code: codes.themeOutsideFrame,
      severity: 'error',
      category: 'rule',
      title: 'Theme code outside the coding frame',
      description: 'A coded segment carries a theme code that the coding frame it declares does not have.',
      message: '{detail}',
      hint: "Use one of the frame's codes (see the coding-frame export of the activity's instruments), or correct the spelling.",
    }),
    defineIssue({
      code: codes.frameVersionUnknown,
      severity: 'error',
      category: 'rule',
      title: 'Coding frame version not readable',
      description:
        'A coded segment declares a coding frame version that this activity cannot read: not a version, another compatibility line, or newer than the installed frame.',
      message: '{detail}',
      hint: 'Record the version of the coding frame the segments were coded with (as in its export), or code them again with the installed frame.',
    }),
    defineIssue({
      code: codes.fewerThanPlanned,
      severity: 'warning',
      category: 'rule',
      title: 'Fewer interviews than planned',
      description: 'Fewer interviews with a type of respondent are logged than the activity settings plan.',
      message: '{detail}',
      hint: 'Hold the missing interviews if fieldwork goes on; otherwise report the shortfall with the results, or set the planned number to what was agreed.',
    }),
  ];
}
