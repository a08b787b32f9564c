import { defineCodingFrame, SHARED_THEME_CODES as SHARED } from '@dh/core';
import { DUTY_BEARER_INTERVIEWS_VERSION } from './version.js';

/**
 * The coding frame of activity 6 (docs/methodology.md § the interview activities): broad themes
 * following the guide (legal and policy environment, governance, prevention, attitudes,
 * response, capacity, ways forward), each with narrower ones. Themes several activities share
 * are core's SHARED_THEME_CODES, placed here as they are; the activity's own start with `db_`.
 * Coders use the narrowest theme that fits; a broad theme is for a segment that fits none of
 * the narrower ones.
 */
export const CODING_FRAME = defineCodingFrame({
  id: 'db_coding_frame',
  title: 'Interviews with duty-bearers: coding frame',
  version: DUTY_BEARER_INTERVIEWS_VERSION,
  codes: [
    {
      id: 'db_legal_policy',
      label: 'Legal and policy environment',
      definition:
        'The laws, policies, strategies and plans of the country that address online child sexual exploitation and abuse, and the political will behind them.',
      include: 'Talk about the legal and policy framework in general, where no narrower theme fits.',
      exclude: 'How institutions work together under the framework (db_governance).',
      example: 'On paper we have most of what is needed. The question is what happens after the law is passed.',
      children: [
        SHARED.gaps_in_law,
        {
          id: 'db_law_reform',
          label: 'Reform of law and policy under way',
          definition:
            'Bills, drafts, reviews or consultations that would change the laws or policies on online child sexual exploitation and abuse, and how far they have gone.',
          include: 'Draft laws before parliament; reviews to follow international conventions; reforms stalled or abandoned.',
          exclude: 'What the current law lacks, with no reform mentioned (gaps_in_law).',
          example: 'A new cybercrime bill has been with the drafting office for two years; it would finally cover grooming.',
        },
        {
          id: 'db_national_plan',
          label: 'National strategy or action plan',
          definition:
            'Whether a national strategy or action plan addresses online child sexual exploitation and abuse, what it covers, which institution leads it and how it is funded.',
          include:
            'Online harm in a child-protection plan, a cybersecurity strategy or a plan of its own; plans expired or awaiting approval.',
          exclude: 'A plan with no action behind it (gaps_in_law); whether its results are measured (db_data_and_monitoring).',
          example: 'The national child-protection plan has one line on online safety, and no budget attached to it.',
        },
        {
          id: 'db_political_priority',
          label: 'Political priority',
          definition:
            'How high online child sexual exploitation and abuse stands on the agenda of government and parliament: champions, competing priorities, and the events that raised or lowered attention.',
          include: 'Attention after a case in the media; the topic seen as a donor concern; leaders who push it, or ignore it.',
          exclude: 'Money or staff for the work (insufficient_resources).',
          example: 'It became a priority for a few months after a case was in the news, then the attention moved on.',
        },
      ],
    },
    {
      id: 'db_governance',
      label: 'Governance and coordination',
      definition:
        'How the institutions responsible for protecting children organise and steer the response: working together, with companies and with other countries, and knowing what works.',
      include: 'Talk about how the response is governed in general, where no narrower theme fits.',
      exclude: 'The content of laws and plans (db_legal_policy).',
      example: 'Everyone has a piece of this, and no one is in charge of the whole.',
      children: [
        SHARED.weak_coordination,
        {
          id: 'db_industry_regulation',
          label: 'Oversight of technology and telecommunications companies',
          definition:
            'How the state, its regulator and companies (internet service providers, mobile operators, platforms, internet cafés) work together in practice to keep children safe online: blocking and removal of abuse material, reporting, licensing conditions, agreements and codes of conduct.',
          include: 'Notice-and-takedown with a hotline; blocking lists; duties checked or not; companies that do not answer the regulator.',
          exclude: 'Duties the law does not set at all (gaps_in_law); data requested for one investigation (slow_platform_evidence).',
          example: 'The operators signed a code of conduct three years ago, but nobody has ever checked whether they follow it.',
        },
        SHARED.slow_platform_evidence,
        SHARED.cross_border_cooperation,
        {
          id: 'db_data_and_monitoring',
          label: 'Data and monitoring',
          definition:
            'Whether the government collects data on online child sexual exploitation and abuse, follows up its plans and evaluates its programmes.',
          include: 'No national figures; data held by each agency and never put together; plans or programmes never evaluated.',
          exclude: 'How little people know about the problem (low_awareness).',
          example: 'If you ask me how many cases we had last year, I cannot tell you. Every agency counts in its own way.',
        },
        {
          id: 'db_child_participation',
          label: 'Children heard in policy',
          definition: 'Whether and how children and young people are consulted when laws, policies and programmes about them are made.',
          include: 'Child councils or parliaments; consultations on a plan or campaign; no consultation at all.',
          exclude: 'Awareness work aimed at children (db_awareness_campaigns).',
          example: 'The children’s parliament reviewed the campaign messages and changed most of them.',
        },
      ],
    },
    {
      id: 'db_prevention',
      label: 'Prevention',
      definition: 'What is done to prevent online child sexual exploitation and abuse, and how much people know about it.',
      include: 'Talk about prevention in general, where no narrower theme fits.',
      exclude: 'Beliefs that blame children or silence them (db_attitudes).',
      example: 'Prevention is where we are weakest: we react to cases, we do not stop them.',
      children: [
        SHARED.low_awareness,
        {
          id: 'db_school_programmes',
          label: 'Online safety and sexuality education in schools',
          definition:
            'What schools teach children about safety online, relationships and sexuality, and the procedures schools follow when a pupil is harmed online.',
          include:
            'Curriculum content and the age it starts; teacher guidance; school child-protection policies and whether teachers know them.',
          exclude: 'Campaigns outside the school (db_awareness_campaigns); teachers not trained (lack_of_training).',
          example: 'Online safety is in the ICT lessons, but it is about passwords, not about who you talk to.',
        },
        {
          id: 'db_awareness_campaigns',
          label: 'Awareness campaigns',
          definition:
            'Campaigns and community programmes that tell children, caregivers and the public about online sexual exploitation and abuse and where to get help: who runs them, whom they reach, how long they last.',
          include:
            'Campaigns by government, civil society, companies or donors; reach outside the capital; campaigns that stop when the project ends.',
          exclude: 'Teaching in schools (db_school_programmes); what people do not know (low_awareness).',
          example: 'There was a good radio campaign two years ago, but it ran for one month and only in the main language.',
        },
      ],
    },
    {
      id: 'db_attitudes',
      label: 'Attitudes and social norms',
      definition: 'Beliefs and norms in society and among professionals that shape whether children are protected and helped.',
      include: 'Talk about attitudes in general, where no narrower theme fits.',
      exclude: 'Not knowing what online abuse is (low_awareness).',
      example: 'People still think these things happen only to children from bad families.',
      children: [SHARED.victim_blaming, SHARED.stigma_and_shame],
    },
    {
      id: 'db_response',
      label: 'Response and support services',
      definition:
        'How a case is reported and responded to, and the services children who experienced online sexual exploitation and abuse can reach.',
      include: 'Talk about the response in general, where no narrower theme fits.',
      exclude: 'Staff, skills and means of the institutions that respond (db_capacity).',
      example: 'The pieces exist, a helpline, some shelters, a police unit, but a child rarely passes from one to the next.',
      children: [
        {
          id: 'db_reporting_channels',
          label: 'Reporting channels',
          definition:
            'The ways a child, caregiver or professional can report online sexual exploitation and abuse (child helplines, hotlines for abuse material, online portals, duties of professionals to report) and whether they work.',
          include:
            'Helplines with short hours or no funding; no hotline in the country; reporting duties not followed; reports with no follow-up.',
          exclude: 'People not knowing the channels (not_knowing_where_to_report).',
          example: 'The helpline answers only in office hours, and most calls come at night.',
        },
        SHARED.not_knowing_where_to_report,
        SHARED.gaps_in_support_services,
        SHARED.lack_of_child_friendly_justice,
      ],
    },
    {
      id: 'db_capacity',
      label: 'Capacity of institutions',
      definition: 'Whether the institutions that prevent and respond have the people, skills, equipment and money they need.',
      include: 'Talk about capacity in general, where no narrower theme fits.',
      exclude: 'Services that do not exist at all (gaps_in_support_services).',
      example: 'We have the mandate. What we do not have is the people to carry it out.',
      children: [SHARED.lack_of_training, SHARED.insufficient_resources],
    },
    {
      id: 'db_ways_forward',
      label: 'Good practice and recommendations',
      definition: 'What respondents say works, and what they would change.',
      include: 'Talk about the way forward in general, where no narrower theme fits.',
      exclude: 'A problem described without a proposal (the theme of the problem).',
      example: 'We know what is needed; we have written it down many times.',
      children: [SHARED.good_practice, SHARED.recommendations],
    },
  ],
});
