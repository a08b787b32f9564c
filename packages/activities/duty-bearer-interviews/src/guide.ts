import { defineInterviewGuide, PROFESSIONAL_SCRIPT } from '@dh/core';
import { RESPONDENT_TYPE_LIST } from './respondent-types.js';
import { DUTY_BEARER_INTERVIEWS_VERSION } from './version.js';

/**
 * The semi-structured guide for senior duty-bearers (docs/methodology.md § the interview
 * activities): the legal and policy environment, coordination, prevention, and response and
 * support services, as those responsible for them see it; never a particular child. Sections
 * for everyone come first, then one for the area the respondent answers for. Words in
 * [brackets] are filled by the research team of each country before fieldwork.
 */
export const GUIDE = defineInterviewGuide({
  id: 'db_interview_guide',
  title: 'Interviews with duty-bearers: interview guide',
  version: DUTY_BEARER_INTERVIEWS_VERSION,
  purpose:
    'To learn from the officials and leaders responsible for protecting children how the laws, policies, coordination, prevention and services of the country address online child sexual exploitation and abuse, what works, and what is missing.',
  respondentTypes: RESPONDENT_TYPE_LIST,
  opening: [
    PROFESSIONAL_SCRIPT.introduction,
    [
      'purpose',
      'We are speaking with senior officials and leaders of the institutions responsible for protecting children: ministries, child-protection services, education, health, justice, the ICT regulator and civil society. We want to hear how you see the laws, policies and services of the country, from your position, not about any particular child.',
    ],
    [
      'voluntary',
      'Taking part is voluntary. You may skip any question and stop at any time, without giving a reason and without any consequence for you or your institution.',
    ],
    [
      'confidentiality',
      'We will not write your name in our notes or in any report. What you say will be reported together with what others say, described only by the kind of institution you work for, so that you cannot be recognised. Please do not tell us the names or other details of any child or family.',
    ],
    PROFESSIONAL_SCRIPT.recording,
    PROFESSIONAL_SCRIPT.length,
    PROFESSIONAL_SCRIPT.askConsent,
  ],
  sections: [
    {
      id: 'role',
      title: 'Your role and your institution',
      questions: [
        {
          id: 'role',
          text: 'Please tell me about your role and the responsibilities of your institution for protecting children.',
          probes: ['How long have you held this role?', 'Does the mandate of your institution mention online harm to children?'],
        },
        {
          id: 'priority',
          text: 'How much of a priority is online child sexual exploitation and abuse for your institution, and for the government?',
          probes: ['What has put it on the agenda, or kept it off?', 'Who are its champions?'],
        },
      ],
    },
    {
      id: 'legal_framework',
      title: 'The legal framework',
      questions: [
        {
          id: 'laws',
          text: 'Which laws of [country] address online child sexual exploitation and abuse?',
          probes: [
            'Do they cover grooming, sexual extortion, live-streamed abuse, and the making, possession and sharing of child sexual abuse material?',
            'Which acts does the law leave out, or describe in ways that no longer fit?',
          ],
        },
        {
          id: 'implementation',
          text: 'How are these laws applied in practice?',
          probes: ['Are the regulations needed to apply them in place?', 'Do the people who should apply them know them?'],
        },
        {
          id: 'reform',
          text: 'Is any reform of these laws under way or planned?',
          probes: ['Who is leading it, and how far has it gone?', 'Does it follow the international conventions the country has signed?'],
        },
      ],
    },
    {
      id: 'policy',
      title: 'Policies, plans and budgets',
      questions: [
        {
          id: 'plans',
          text: 'Which national policies, strategies or action plans address online child sexual exploitation and abuse?',
          probes: ['Is online harm part of a child-protection plan, a cybersecurity plan, or both?', 'Which institution leads each plan?'],
        },
        {
          id: 'funding',
          text: 'How is the work under these plans funded?',
          probes: ['Is there a budget line in the national budget?', 'What depends on donors or international organisations?'],
        },
        {
          id: 'monitoring',
          text: 'How does the government know whether these plans work?',
          probes: [
            'Which data are collected on online child sexual exploitation and abuse, and by whom?',
            'Have any programmes been evaluated?',
          ],
        },
        {
          id: 'children_heard',
          text: 'How are children and young people consulted when these laws, policies and programmes are made?',
          probes: ['Can you give an example?'],
        },
      ],
    },
    {
      id: 'coordination',
      title: 'Coordination',
      questions: [
        {
          id: 'bodies',
          text: 'How do the institutions responsible for protecting children work together on online harm?',
          probes: [
            'Is there a coordination body, task force or working group? Who sits on it, and how often does it meet?',
            'Is it clear which institution is responsible for what?',
          ],
        },
        {
          id: 'industry',
          text: 'How does the government work with technology and telecommunications companies on the safety of children online?',
          probes: [
            'Are companies required to remove, block or report child sexual abuse material?',
            'Are there agreements with internet service providers, mobile operators or platforms?',
          ],
        },
        {
          id: 'international',
          text: 'How does [country] cooperate with other countries and with regional or international bodies on these crimes?',
          probes: ['What works, and what gets in the way?'],
        },
      ],
    },
    {
      id: 'prevention',
      title: 'Prevention',
      questions: [
        {
          id: 'awareness',
          text: 'How well do children, parents and communities understand the risks of online sexual exploitation and abuse?',
          probes: ['Do people see abuse that happens online as real abuse?', 'Do they know what the law forbids?'],
        },
        {
          id: 'programmes',
          text: 'Which prevention programmes or awareness campaigns exist, and who runs them?',
          probes: ['Whom do they reach: children, parents, teachers, communities?', 'How long have they run, and with which funds?'],
        },
        {
          id: 'attitudes',
          text: 'Some people say that children are partly to blame when, for example, they send images of themselves. How common is this view, in society and among professionals?',
          probes: ['How does it affect whether children and families seek help?'],
        },
      ],
    },
    {
      id: 'response',
      title: 'Response and support services',
      questions: [
        {
          id: 'reporting',
          text: 'Where can a child or a family report online sexual exploitation or abuse, and what happens next?',
          probes: [
            'Is there a child helpline, a hotline for abuse material, an online reporting portal?',
            'Are professionals required to report what they see?',
          ],
        },
        {
          id: 'services',
          text: 'Which services are available to children who experienced online sexual exploitation or abuse?',
          probes: [
            'Psychosocial, medical, legal and shelter support: where are they, and who pays?',
            'Are they prepared for online cases?',
          ],
        },
        {
          id: 'capacity',
          text: 'Do the institutions that respond have the staff, skills and means they need?',
          probes: ['Which training have their staff had on online harm?', 'Which resources are most lacking?'],
        },
      ],
    },
    {
      id: 'child_protection_system',
      title: 'The child-protection system',
      for: ['child_protection', 'civil_society_lead'],
      questions: [
        {
          id: 'case_management',
          text: 'How does the child-protection system handle a case of online sexual exploitation or abuse, from the first report to the support given?',
          probes: ['Is there a case-management procedure or a referral pathway that covers online cases?', 'Who follows the child up?'],
        },
        {
          id: 'workforce',
          text: 'How many social workers or other child-protection staff are there, and where?',
          probes: ['What qualifications do they have?', 'Which parts of the country have none?'],
        },
        {
          id: 'civil_society',
          text: 'Which role do non-governmental organisations play in the response, and how are they funded?',
          probes: ['Which services would stop if their funding stopped?'],
        },
      ],
    },
    {
      id: 'justice_policy',
      title: 'Justice and policing policy',
      for: ['justice_policy'],
      questions: [
        {
          id: 'specialisation',
          text: 'How are the police and the prosecution organised to deal with online crimes against children?',
          probes: [
            'Is there a specialised unit, and where does it work?',
            'Are there guidelines for investigating and prosecuting these crimes?',
          ],
        },
        {
          id: 'child_friendly_justice',
          text: 'Which measures exist to protect children in the justice process?',
          probes: ['Child-friendly interview rooms, testimony by video link, support persons: where are they, and are they used?'],
        },
      ],
    },
    {
      id: 'schools',
      title: 'Schools',
      for: ['education'],
      questions: [
        {
          id: 'curriculum',
          text: 'How do schools teach children about safety online, relationships and sexuality?',
          probes: ['Is it part of the national curriculum, and from which age?', 'Who prepared the material?'],
        },
        {
          id: 'school_response',
          text: 'What must a school do when a pupil is abused or exploited online?',
          probes: ['Is there a procedure, and do teachers know it?', 'Are teachers trained to recognise the signs?'],
        },
      ],
    },
    {
      id: 'health_services',
      title: 'Health services',
      for: ['health'],
      questions: [
        {
          id: 'health_response',
          text: 'How does the health system respond to children who experienced sexual exploitation or abuse, online or offline?',
          probes: [
            'Are there clinical guidelines, and do they mention online abuse?',
            'Where can a child get a forensic medical examination, and mental-health care?',
          ],
        },
        {
          id: 'health_workers',
          text: 'How are health workers prepared to recognise and refer these cases?',
          probes: ['Which training do they receive?'],
        },
      ],
    },
    {
      id: 'ict_regulation',
      title: 'Regulating the ICT sector',
      for: ['ict_regulation'],
      questions: [
        {
          id: 'obligations',
          text: 'Which obligations does the regulator place on internet service providers, mobile operators and platforms to protect children?',
          probes: [
            'Blocking or removing child sexual abuse material; reporting it; keeping data for investigations; checking age.',
            'How are these obligations checked, and what happens when a company does not meet them?',
          ],
        },
        {
          id: 'cooperation',
          text: 'How does the regulator work with companies, hotlines, the police and child-protection services?',
          probes: ['Is there a notice-and-takedown procedure with a hotline?', 'Does the regulator run or fund awareness work?'],
        },
      ],
    },
    {
      id: 'oversight',
      title: 'Oversight',
      for: ['oversight'],
      questions: [
        {
          id: 'monitoring_role',
          text: "How does your institution monitor the government's response to online child sexual exploitation and abuse?",
          probes: ['Which reports, inquiries or hearings have addressed it?', 'Which of your recommendations were acted on?'],
        },
        {
          id: 'complaints',
          text: 'Can children or families bring a complaint to your institution about how a case was handled?',
          probes: ['How often does this happen?'],
        },
      ],
    },
    {
      id: 'looking_ahead',
      title: 'Looking ahead',
      questions: [
        { id: 'good_practice', text: 'What works well in the response of [country], that others could learn from?' },
        {
          id: 'priorities',
          text: 'If you could change one thing in law, policy or services to protect children better, what would it be?',
        },
        { id: 'anything_else', text: 'Is there anything else you would like to tell us?' },
      ],
    },
  ],
  closing: [PROFESSIONAL_SCRIPT.thanks, PROFESSIONAL_SCRIPT.nextSteps, PROFESSIONAL_SCRIPT.childAtRisk, PROFESSIONAL_SCRIPT.laterContact],
  notes: [
    [
      'no_names',
      'Never write a name in the log, your notes or a transcript: use the interview code. Remove from transcripts every name or detail that could identify a child, a family or the respondent.',
    ],
    [
      'position_not_person',
      'Senior respondents are few and easy to recognise. In notes and transcripts, refer to the respondent by the interview code only, and remove their title, their institution and any detail that points to one person.',
    ],
    [
      'sections',
      "Ask the sections for everyone and the one marked for the respondent's area. Skip a question the respondent has already answered; use the probes only where needed.",
    ],
    [
      'documents',
      'If a respondent mentions a law, policy, plan or report, ask whether the research team may have a copy, and pass it to the legal and policy review.',
    ],
    PROFESSIONAL_SCRIPT.consentNote,
    PROFESSIONAL_SCRIPT.safeguardingNote,
    PROFESSIONAL_SCRIPT.logNote,
  ],
});
