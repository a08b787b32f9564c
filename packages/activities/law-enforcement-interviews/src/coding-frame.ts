import { defineCodingFrame, SHARED_THEME_CODES as SHARED } from '@dh/core';
import { LAW_ENFORCEMENT_INTERVIEWS_VERSION } from './version.js';

/**
 * The coding frame of activity 4 (docs/methodology.md § the interview activities): broad themes,
 * each with narrower ones. Themes several activities share are core's SHARED_THEME_CODES,
 * placed here as they are; the activity's own start with `le_`. Coders use the narrowest theme
 * that fits; a broad theme is for a segment that fits none of the narrower ones.
 */
export const CODING_FRAME = defineCodingFrame({
  id: 'le_coding_frame',
  title: 'Interviews with law-enforcement and justice officials: coding frame',
  version: LAW_ENFORCEMENT_INTERVIEWS_VERSION,
  codes: [
    {
      id: 'le_case_flow',
      label: 'Cases and how they reach the authorities',
      definition:
        'Which cases of online child sexual exploitation and abuse police and justice officials see, how the cases come to them, and how they are recorded.',
      include: 'Talk about the case load in general, where no narrower theme fits.',
      exclude: 'How a case is investigated once it has arrived (le_investigation).',
      example: 'Most of what we see starts on social media, but it reaches us only when a parent finds the messages.',
      children: [
        {
          id: 'le_offence_patterns',
          label: 'Kinds of offences and how they change',
          definition:
            'The forms of online child sexual exploitation and abuse respondents see (grooming, sexual extortion, sexual images shared without permission, live-streamed abuse, offenders abroad) and the changes they notice.',
          include: 'Descriptions of typical cases; new platforms or methods; cases rising or falling.',
          exclude: 'How cases are reported or referred (le_case_sources).',
          example: 'A few years ago it was photos passed around at school. Now boys are blackmailed for money after a video call.',
        },
        {
          id: 'le_case_sources',
          label: 'How cases come to attention',
          definition:
            "The routes by which cases reach the respondent's institution: children or families reporting, other agencies, schools, helplines, the NCMEC CyberTipline, INTERPOL or police abroad, technology companies.",
          include: 'Channels that work or do not; cases found during other investigations; few or no reports from the public.',
          exclude: 'People not knowing where to report (not_knowing_where_to_report).',
          example: 'Almost all our cases start as referrals from abroad. Very few families come to us directly.',
        },
        {
          id: 'le_case_recording',
          label: 'Recording of cases',
          definition:
            "Whether cases are recorded so that they can be counted: whether the online element and the child's age and sex are recorded, and the case-management systems in use.",
          include: 'Paper registers; online offences recorded under general headings; no national figures.',
          exclude: 'What the recorded numbers are (the crime statistics are collected separately).',
          example: 'The register only names the offence. You cannot tell from it whether a phone was involved.',
        },
        SHARED.not_knowing_where_to_report,
        SHARED.low_awareness,
      ],
    },
    {
      id: 'le_investigation',
      label: 'Investigation',
      definition:
        'How cases are investigated once reported: the steps taken, the evidence gathered, and how victims and offenders are identified.',
      include: 'Talk about investigations in general, where no narrower theme fits.',
      exclude: 'What happens once a case goes to a prosecutor or court (le_justice).',
      example: 'We take the statement, seize the phone, and then the case mostly waits.',
      children: [
        {
          id: 'le_digital_forensics',
          label: 'Digital forensics',
          definition:
            'Collecting and examining digital evidence (phones, computers, online accounts, cloud data) and the capacity to do so: laboratories, tools, trained examiners.',
          include: 'Access to a laboratory or not; tools and licences; waiting times for examinations; keeping evidence intact.',
          exclude: 'Data that only technology companies hold (slow_platform_evidence).',
          example: 'The phone goes to the laboratory in the capital and we wait six months for the report.',
        },
        {
          id: 'le_victim_identification',
          label: 'Identifying children in abuse material',
          definition:
            "Work to identify the children who appear in child sexual abuse material, including use of INTERPOL's International Child Sexual Exploitation (ICSE) database.",
          include: 'Access to the ICSE database or not; comparing seized images; what happens once a child is identified.',
          exclude: 'Identifying the offender from the evidence (le_digital_forensics).',
          example: 'We have no access to the database, so images found on seized phones are never compared with anything.',
        },
        SHARED.slow_platform_evidence,
        SHARED.cross_border_cooperation,
      ],
    },
    {
      id: 'le_justice',
      label: 'Prosecution and trial',
      definition: 'How cases are charged, prosecuted and tried, and how they end.',
      include: 'Talk about prosecution and courts in general, where no narrower theme fits.',
      exclude: 'How children are treated in court (le_children).',
      example: 'Of the cases we send on, few come to trial, and we rarely hear how they ended.',
      children: [
        {
          id: 'le_charging',
          label: 'Charging decisions',
          definition: 'How prosecutors decide whether and what to charge, and which offences of the law they use for online cases.',
          include: 'Older offences used for online acts; cases dropped for want of evidence; pressure to charge or not to charge.',
          exclude: 'What the law lacks (gaps_in_law).',
          example: 'We charge it as indecent assault, because that is the offence the courts know.',
        },
        {
          id: 'le_evidence_in_court',
          label: 'Digital evidence in court',
          definition:
            'How courts receive digital evidence: whether it is admitted, expert testimony, and how familiar judges and lawyers are with it.',
          include: 'Evidence rejected or doubted; no expert available to explain it; screenshots instead of forensic copies.',
          exclude: 'Collecting the evidence (le_digital_forensics).',
          example: 'The defence said the screenshots could have been made by anyone, and the court agreed.',
        },
        SHARED.gaps_in_law,
        SHARED.lengthy_proceedings,
        SHARED.informal_settlement,
      ],
    },
    {
      id: 'le_children',
      label: 'Treatment of children',
      definition:
        'How children who experienced online sexual exploitation or abuse are treated by police, prosecutors and courts, and what support they reach.',
      include: 'Talk about contact with children in general, where no narrower theme fits.',
      exclude: 'The steps of the investigation itself (le_investigation).',
      example: 'Children come to us frightened, and we are not always the right people to talk to them.',
      children: [
        SHARED.lack_of_child_friendly_justice,
        SHARED.victim_blaming,
        SHARED.stigma_and_shame,
        {
          id: 'le_referral_to_support',
          label: 'Referral of children to support',
          definition:
            'How police or courts refer children to psychosocial, medical, legal or shelter services, and whether the referral reaches them.',
          include: 'Referral pathways; follow-up or its absence; services without room to take a child.',
          exclude: 'Whether such services exist at all (gaps_in_support_services).',
          example: 'We give the mother the number of the social welfare office, but we never know whether she went.',
        },
        SHARED.gaps_in_support_services,
      ],
    },
    {
      id: 'le_capacity',
      label: 'Capacity and resources',
      definition:
        'What the institutions have, and lack, to handle online child sexual exploitation and abuse: units, people, skills, equipment and money.',
      include: 'Talk about capacity in general, where no narrower theme fits.',
      exclude: 'Cooperation with other agencies (le_cooperation).',
      example: 'We do what we can with what we have, which is not much.',
      children: [
        {
          id: 'le_specialised_unit',
          label: 'Specialised unit or focal point',
          definition:
            'Whether a dedicated unit, team or focal point handles online child sexual exploitation and abuse, and its mandate, reach and staffing.',
          include: 'A unit only in the capital; focal points with other duties; plans for a unit.',
          exclude: "The unit's equipment or budget (insufficient_resources).",
          example: 'The unit is four officers in the capital. Everywhere else, whoever is on duty takes the case.',
        },
        SHARED.lack_of_training,
        SHARED.insufficient_resources,
        {
          id: 'le_staff_wellbeing',
          label: 'Strain on staff',
          definition: 'What exposure to abuse material and distressing cases does to officials, and the support they have.',
          include: 'Stress; no counselling or rotation for staff; staff asking to leave the unit.',
          exclude: 'How many staff there are (insufficient_resources).',
          example: 'You look at those images all day and then go home. Nobody asks how you are doing.',
        },
      ],
    },
    {
      id: 'le_cooperation',
      label: 'Coordination and cooperation',
      definition: 'How police and justice institutions work with each other, with other agencies and with civil society.',
      include: 'Talk about working with others in general, where no narrower theme fits.',
      exclude: 'Cooperation with other countries (cross_border_cooperation) or with technology companies (slow_platform_evidence).',
      example: 'Everyone agrees we should work together, but nobody calls the meetings.',
      children: [
        SHARED.weak_coordination,
        {
          id: 'le_civil_society',
          label: 'Work with civil society',
          definition:
            'Cooperation between police or courts and non-governmental organisations, helplines or hotlines: referrals, accompaniment of children, shelters, joint training.',
          include:
            'Partnerships that work; distrust between police and organisations; dependence on organisations for support to children.',
          exclude: 'Coordination between government agencies (weak_coordination).',
          example: 'The organisation brings the child to us and stays with her during the statement. That makes a difference.',
        },
      ],
    },
    {
      id: 'le_ways_forward',
      label: 'Good practice and recommendations',
      definition: 'What respondents say works, and what they would change.',
      include: 'Talk about the way forward in general, where no narrower theme fits.',
      exclude: 'A problem described without a proposal (the theme of the problem).',
      example: 'Things are improving, slowly, and we know what is needed.',
      children: [SHARED.good_practice, SHARED.recommendations],
    },
  ],
});
