import { defineCodingFrame, SHARED_THEME_CODES as SHARED } from '@dh/core';
import { ACCESS_TO_JUSTICE_INTERVIEWS_VERSION } from './version.js';

/**
 * The coding frame of activity 7 (docs/methodology.md § the interview activities): the stages
 * of a child's case from the report to the end of it, then compensation, support and the way
 * forward. Themes several activities share are core's SHARED_THEME_CODES, placed here as they
 * are; the activity's own start with `aj_`. Coders use the narrowest theme that fits; a broad
 * theme is for a segment that fits none of the narrower ones.
 */
export const CODING_FRAME = defineCodingFrame({
  id: 'aj_coding_frame',
  title: 'Access-to-justice interviews: coding frame',
  version: ACCESS_TO_JUSTICE_INTERVIEWS_VERSION,
  codes: [
    {
      id: 'aj_reporting',
      label: 'Reporting and first contact',
      definition:
        'How a case of online child sexual exploitation or abuse came to the police or another authority, and how the child and family were received the first time.',
      include: 'Talk about reporting in general, where no narrower theme fits.',
      exclude: 'What happened once the case was being investigated (aj_investigation).',
      example: 'We went to the police station the same evening, and waited there until midnight.',
      children: [
        {
          id: 'aj_decision_to_report',
          label: 'Deciding to report',
          definition: 'Who decided to report the case, what helped them decide, and what made them hesitate or delay.',
          include:
            'A teacher, friend or helpline encouraging a report; fear of the offender; worry about what the family or school would say.',
          exclude: 'Shame or taboo as the reason not to report (stigma_and_shame); not knowing where to go (not_knowing_where_to_report).',
          example: 'My daughter told her teacher first, and the teacher came with us to report it.',
        },
        {
          id: 'aj_first_response',
          label: 'How the first report was received',
          definition:
            'How the police or the authority that took the first report received the child and family: whether they were listened to and believed, turned away, or told what would happen next.',
          include:
            'Being listened to with respect; being sent away or told to come back; a report not recorded; no explanation of next steps.',
          exclude: 'Blame put on the child while reporting (victim_blaming).',
          example: 'The officer said it was only pictures and asked why we were wasting his time.',
        },
        SHARED.not_knowing_where_to_report,
        SHARED.stigma_and_shame,
      ],
    },
    {
      id: 'aj_investigation',
      label: 'Investigation',
      definition: 'What the child and family went through while the case was investigated, and how professionals describe that stage.',
      include: 'Talk about the investigation in general, where no narrower theme fits.',
      exclude: 'Proceedings once the case is before a court (aj_court).',
      example: 'For months after the report, nothing seemed to happen.',
      children: [
        {
          id: 'aj_repeated_statements',
          label: "Taking the child's statement",
          definition:
            'How, where and how many times the child was asked to tell what happened during the investigation, and who was present: police, doctors, prosecutors, a support person.',
          include:
            'Statements taken again and again; a statement in an open office; a recorded single interview; a medical examination as part of the evidence.',
          exclude: 'Giving evidence before a court (aj_testimony).',
          example: 'She told it first at the station, then to another officer, then to the prosecutor.',
        },
        {
          id: 'aj_devices_as_evidence',
          label: 'Devices and accounts taken as evidence',
          definition: "What happened when the child's or family's phones, computers or accounts were taken or searched as evidence.",
          include: 'Phones kept for months or never returned; no explanation of why; images viewed by several people.',
          exclude: 'Delays in getting data from technology companies (slow_platform_evidence).',
          example: 'They took his phone, and he had no way to reach his friends or do his homework for half a year.',
        },
        {
          id: 'aj_kept_informed',
          label: 'Being kept informed',
          definition: 'Whether the child and family were told what was happening in their case, by whom and how often.',
          include: 'A named contact person or none; hearing of decisions by chance; not knowing whether the case was still open.',
          exclude: 'How long the case took (lengthy_proceedings).',
          example: 'Nobody called us. We found out the case was closed when we went to ask.',
        },
        SHARED.slow_platform_evidence,
      ],
    },
    {
      id: 'aj_court',
      label: 'Court and the end of the case',
      definition: 'What happened once the case was charged and before a court, and how the case ended.',
      include: 'Talk about court proceedings in general, where no narrower theme fits.',
      exclude: 'Compensation ordered or sought in the case (aj_compensation).',
      example: 'The courtroom was full of people, and we did not know who anyone was.',
      children: [
        {
          id: 'aj_testimony',
          label: 'Giving evidence in court',
          definition:
            'How the child gave evidence before a court: in person or by video link, behind a screen, with an intermediary, in an open or closed hearing, and questioned by whom.',
          include: 'Cross-examination; waiting in the same corridor as the accused; protective measures used or refused.',
          exclude: 'Procedures not adapted to children in general (lack_of_child_friendly_justice).',
          example: 'The lawyer for the accused asked her the same question five times, until she cried.',
        },
        {
          id: 'aj_legal_help',
          label: 'Legal help and representation',
          definition: 'Whether the child and family had a lawyer or someone to explain the process, who provided it and at what cost.',
          include:
            'Legal aid granted or refused; a lawyer from a non-governmental organisation; families paying for a lawyer; no one explaining the steps.',
          exclude: 'Other costs of the case for the family (aj_costs_to_family).',
          example: 'A lawyer from the organisation explained everything before each hearing. Without her we would have given up.',
        },
        {
          id: 'aj_case_outcome',
          label: 'How the case ended',
          definition:
            'The end of the case as the respondent describes it: a conviction, an acquittal, a case closed or withdrawn, and what the respondent thinks of it.',
          include:
            'Sentences felt as fair or too light; cases dropped for lack of evidence; a family that withdrew the complaint; no end yet.',
          exclude: 'A settlement outside the justice system (informal_settlement).',
          example: 'He got two years. After everything we went through, it felt like nothing.',
        },
        SHARED.lack_of_child_friendly_justice,
        SHARED.lengthy_proceedings,
        SHARED.informal_settlement,
      ],
    },
    {
      id: 'aj_compensation',
      label: 'Compensation',
      definition:
        'Compensation for the harm done to the child, from the offender or a state fund, ordered within the criminal case or in a separate one: knowing of it, seeking it, its award and its payment.',
      include: 'Talk about compensation in general, where no narrower theme fits.',
      exclude: 'Money paid to settle a case outside the justice system (informal_settlement).',
      example: 'Compensation was never mentioned, by anyone, at any point.',
      children: [
        {
          id: 'aj_compensation_unknown',
          label: 'Not knowing of the right to compensation',
          definition: 'Children, families or professionals do not know that a child can claim compensation, or how.',
          include: 'Nobody telling the family; professionals unsure which route exists; finding out too late to claim.',
          exclude: 'Knowing of the right and choosing not to claim (aj_compensation_sought).',
          example: 'I did not know we could ask for anything. I thought the court only punishes.',
        },
        {
          id: 'aj_compensation_sought',
          label: 'Seeking compensation',
          definition: 'Whether compensation was claimed, by which route (criminal case, civil case, state fund), and why or why not.',
          include: 'Claims made or not; the effort and cost of a claim; advice to drop it; a claim not possible without a conviction.',
          exclude: 'What was awarded or paid (aj_compensation_received).',
          example: 'The lawyer said a civil case would take years more, so we did not ask for anything.',
        },
        {
          id: 'aj_compensation_received',
          label: 'Compensation awarded and paid',
          definition: 'Whether compensation was awarded, how much in relation to the harm, and whether it was actually paid and when.',
          include: 'Awards never paid; offenders without means; payment from a state fund; years of waiting for payment.',
          exclude: 'Claims not made (aj_compensation_sought).',
          example: 'The judge ordered him to pay, but he said he had nothing, and we have not received anything.',
        },
        {
          id: 'aj_costs_to_family',
          label: 'Costs of the case to the family',
          definition: 'What taking part in the case cost the child and family: fees, transport, lost work and school, time.',
          include: 'Travel to distant courts; days of work lost for each adjourned hearing; informal payments asked of the family.',
          exclude: 'Paying for a lawyer (aj_legal_help).',
          example: 'Each hearing meant a day without pay and two buses each way, and most hearings did not happen.',
        },
      ],
    },
    {
      id: 'aj_support',
      label: 'Support for the child and family',
      definition:
        'The psychosocial, medical, legal, educational and practical support the child and family received, during and after the case.',
      include: 'Talk about support in general, where no narrower theme fits.',
      exclude: 'Legal representation in the case (aj_legal_help).',
      example: 'After the case was over, everyone disappeared.',
      children: [
        {
          id: 'aj_accompaniment',
          label: 'Being accompanied through the process',
          definition:
            'A support person, social worker, intermediary or advocate who went with the child and family through the steps of the case.',
          include: 'Someone present at statements and hearings; help to understand each step; no one to go with the child.',
          exclude: 'Services the child was referred to (gaps_in_support_services).',
          example: 'The social worker sat next to him at every meeting. He said that was what made it possible.',
        },
        {
          id: 'aj_recovery',
          label: 'What helped the child recover',
          definition:
            'What the child, caregivers or professionals say helped the child cope and recover: people, services, activities, school.',
          include: 'Counselling that helped; the support of family or friends; returning to school; being believed.',
          exclude: 'Support that was missing (gaps_in_support_services).',
          example: 'What helped most was that my mother never once blamed me.',
        },
        SHARED.gaps_in_support_services,
        SHARED.weak_coordination,
      ],
    },
    {
      id: 'aj_attitudes',
      label: 'Attitudes and skills of professionals',
      definition:
        'How professionals of the justice system regard and treat children who experienced online sexual exploitation or abuse, and the skills they bring.',
      include: 'Talk about how professionals behave towards children in general, where no narrower theme fits.',
      exclude: 'The procedures themselves (lack_of_child_friendly_justice).',
      example: 'It depends completely on which officer you get.',
      children: [SHARED.victim_blaming, SHARED.lack_of_training, SHARED.low_awareness],
    },
    {
      id: 'aj_ways_forward',
      label: 'Good practice and recommendations',
      definition: 'What respondents say works, what they would change, and what they would tell other children and families.',
      include: 'Talk about the way forward in general, where no narrower theme fits.',
      exclude: 'A problem described without a proposal (the theme of the problem).',
      example: 'Things could be so much better if someone just explained what was going on.',
      children: [
        SHARED.good_practice,
        SHARED.recommendations,
        {
          id: 'aj_advice_to_others',
          label: 'Advice to other children and families',
          definition: 'What children and caregivers would tell others in their place who are thinking of reporting.',
          include: 'Encouragement to report or warnings about the process; what to ask for; whom to take along.',
          exclude: 'Recommendations to the authorities (recommendations).',
          example: 'I would tell them to report, but to take someone with them who knows how it works.',
        },
      ],
    },
  ],
});
