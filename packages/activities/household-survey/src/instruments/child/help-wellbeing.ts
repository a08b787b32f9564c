import { group, integer, q, selectMultiple, selectOne, type NodeDraft } from '@dh/core';
import { childConsented } from './consent.js';

/** Help and reporting, safety information, sex education, attitudes, wellbeing (docs/methodology.md § household-survey). */
export function helpAndWellbeing(): NodeDraft[] {
  return [
    group(
      'help_and_reporting',
      'Getting help',
      [
        selectOne('knows_where_help', 'yes_no_dk_ref', 'If something bad happened to you online, would you know where to go for help?', {
          required: true,
        }),
        selectMultiple('help_sources', 'help_source', 'Where would you go for help? Choose all that apply.', {
          required: true,
          relevant: q('knows_where_help').eq('yes'),
        }),
        selectOne(
          'knows_how_report',
          'yes_no_dk_ref',
          'Do you know how to report something that upsets you on the apps or sites you use?',
          { required: true },
        ),
      ],
      { relevant: childConsented },
    ),
    group(
      'safety_information',
      'Information about staying safe online',
      [
        selectOne(
          'safety_info_received',
          'yes_no_dk_ref',
          'In the past 12 months, has anyone talked with you about how to stay safe online?',
          { required: true },
        ),
        selectMultiple('safety_info_sources', 'info_source', 'Who talked with you about it? Choose all that apply.', {
          required: true,
          relevant: q('safety_info_received').eq('yes'),
        }),
      ],
      { relevant: childConsented },
    ),
    group(
      'sex_education',
      'Information about sex and relationships',
      [
        selectOne('sex_education_received', 'yes_no_dk_ref', 'Have you ever been taught about sex, relationships or your body?', {
          required: true,
        }),
        selectMultiple('sex_education_sources', 'info_source', 'Who taught you? Choose all that apply.', {
          required: true,
          relevant: q('sex_education_received').eq('yes'),
        }),
      ],
      { relevant: childConsented, selfCompleted: true },
    ),
    group(
      'attitudes',
      'What you think',
      [
        selectOne('att_victim_blame', 'agreement', "If a young person's sexual photo is shared, it is their own fault for taking it.", {
          required: true,
        }),
        selectOne('att_tell_adult', 'agreement', 'If something upsetting happened to me online, I would tell an adult.', {
          required: true,
        }),
        selectOne('att_sexual_messages_normal', 'agreement', 'Getting sexual messages online is a normal part of growing up.', {
          required: true,
        }),
      ],
      { relevant: childConsented, selfCompleted: true },
    ),
    group(
      'wellbeing',
      'How you feel',
      [
        selectOne('wellbeing_happy', 'how_often', 'In the past month, how often have you felt happy?', { required: true }),
        selectOne('wellbeing_worried', 'how_often', 'In the past month, how often have you felt worried or anxious?', { required: true }),
        selectOne('wellbeing_no_one_to_talk', 'how_often', 'In the past month, how often have you felt you had no one to talk to?', {
          required: true,
        }),
        selectOne('wellbeing_safe_home', 'how_often', 'In the past month, how often have you felt safe at home?', { required: true }),
      ],
      { relevant: childConsented },
    ),
    group(
      'closing',
      'End of the interview',
      [
        selectOne('distress_observed', 'yes_no', 'Interviewer: did the child show signs of distress at any point in the interview?', {
          required: true,
        }),
        selectOne(
          'referral_offered',
          'referral',
          'Interviewer: record the referral you offered, following the referral protocol. Never write details of what the child said.',
          {
            required: true,
            relevant: q('distress_observed').eq('yes'),
          },
        ),
        selectOne('referral_service', 'referral_service', 'Interviewer: to which service was the child referred?', {
          required: true,
          relevant: q('referral_offered').eq('offered_accepted'),
        }),
        integer('interview_minutes', 'Length of the interview in minutes (the tablet records it; leave empty if it did not).', {
          min: 5,
          max: 240,
        }),
      ],
      { relevant: childConsented },
    ),
  ];
}
