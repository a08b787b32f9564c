import { defineInterviewGuide, PROFESSIONAL_SCRIPT } from '@dh/core';
import { POLICE_TYPES, RESPONDENT_TYPE_LIST } from './respondent-types.js';
import { LAW_ENFORCEMENT_INTERVIEWS_VERSION } from './version.js';

/**
 * The semi-structured guide for law-enforcement and justice officials (docs/methodology.md §
 * the interview activities): their practice and capacity, never a particular child. Words in
 * [brackets] are filled by the research team of each country before fieldwork.
 */
export const GUIDE = defineInterviewGuide({
  id: 'le_interview_guide',
  title: 'Interviews with law-enforcement and justice officials: interview guide',
  version: LAW_ENFORCEMENT_INTERVIEWS_VERSION,
  purpose:
    'To learn how police, prosecutors, judges and other officials handle cases of online child sexual exploitation and abuse: how cases reach them, how they are investigated and tried, how children are treated on the way, which capacity exists, and what gets in the way.',
  respondentTypes: RESPONDENT_TYPE_LIST,
  opening: [
    PROFESSIONAL_SCRIPT.introduction,
    [
      'purpose',
      'We are speaking with police officers, prosecutors, judges and other officials about how cases of online child sexual exploitation and abuse are handled, what works, and what gets in the way. We want to hear about your professional experience, not about any particular child.',
    ],
    [
      'voluntary',
      'Taking part is voluntary. You may skip any question and stop at any time, without giving a reason and without any consequence for you or your work.',
    ],
    [
      'confidentiality',
      'We will not write your name in our notes or in any report. What you say will be reported together with what others say, described only by the kind of role you hold, so that you cannot be recognised. Please do not tell us the names or other details of any child, family or suspect.',
    ],
    PROFESSIONAL_SCRIPT.recording,
    PROFESSIONAL_SCRIPT.length,
    PROFESSIONAL_SCRIPT.askConsent,
  ],
  sections: [
    {
      id: 'role',
      title: 'Your role and your unit',
      questions: [
        {
          id: 'role',
          text: 'Please tell me about your role and the unit or office you work in.',
          probes: [
            'How long have you held this role?',
            'Does your unit deal with crimes against children, with online crimes, or with both?',
          ],
        },
        {
          id: 'organisation',
          text: 'How is work on sexual crimes against children organised in your institution?',
          probes: [
            'Is there a specialised unit or a focal point? At which level: national, regional, local?',
            'How many people work on these cases, and do they do other work as well?',
          ],
        },
      ],
    },
    {
      id: 'cases',
      title: 'Cases of online child sexual exploitation and abuse',
      questions: [
        {
          id: 'kinds',
          text: 'What kinds of online child sexual exploitation and abuse cases reach you?',
          probes: [
            'For example: grooming, sexual extortion, sexual images shared without permission, abuse streamed live, offenders from abroad.',
            'Have you seen changes over the past few years?',
          ],
        },
        {
          id: 'sources',
          text: 'How do these cases come to your attention?',
          probes: [
            'Reports by children or families; referrals from other agencies, schools, helplines or hotlines.',
            'Referrals from the NCMEC CyberTipline, INTERPOL or police abroad; reports from technology companies.',
          ],
        },
        {
          id: 'recording',
          text: 'How are these cases recorded in your case files or crime statistics?',
          probes: ['Is it recorded that the offence was committed online?', "Are the child's age and sex recorded?"],
        },
      ],
    },
    {
      id: 'investigation',
      title: 'Investigating cases',
      for: [...POLICE_TYPES],
      questions: [
        {
          id: 'steps',
          text: 'Please walk me through what usually happens once a case is reported to you.',
          probes: ["Who takes the child's statement, where, and how many times?", 'How long does an investigation usually take?'],
        },
        {
          id: 'digital_evidence',
          text: 'How do you collect and examine digital evidence, such as phones, computers or online accounts?',
          probes: [
            'Is there a digital-forensics laboratory you can use? How long does an examination take?',
            'Is such evidence accepted in court?',
          ],
        },
        {
          id: 'platform_requests',
          text: 'How do you obtain data from technology companies or internet service providers?',
          probes: [
            'How long do replies take, and how often do they come?',
            'Do you need a court order or mutual legal assistance? Do you ask companies to preserve data first?',
          ],
        },
        {
          id: 'victim_identification',
          text: 'How are children who appear in child sexual abuse material identified?',
          probes: [
            "Does your unit use INTERPOL's International Child Sexual Exploitation (ICSE) database? Who has access to it?",
            'What happens once a child has been identified?',
          ],
        },
        {
          id: 'other_countries',
          text: 'Please tell me about cases that involve another country.',
          probes: ['Which channels do you use: INTERPOL, liaison officers, mutual legal assistance?', 'What gets in the way?'],
        },
      ],
    },
    {
      id: 'prosecution',
      title: 'Prosecuting cases',
      for: ['prosecutor'],
      questions: [
        {
          id: 'charging',
          text: 'How do you decide whether to charge a case of online child sexual exploitation or abuse?',
          probes: ['Which offences do you use? Are there acts the law does not cover?', 'Which evidence do you need?'],
        },
        {
          id: 'evidence_in_court',
          text: 'What difficulties do you meet with digital evidence in court?',
          probes: ['Do defence lawyers or judges question it?', 'Is expert testimony available?'],
        },
        {
          id: 'child_witnesses',
          text: 'How are children prepared and supported when they have to give evidence?',
          probes: ['Can they testify by video link, with an intermediary, or in a closed hearing?', 'Do they meet the accused?'],
        },
      ],
    },
    {
      id: 'adjudication',
      title: 'Hearing cases',
      for: ['judge'],
      questions: [
        {
          id: 'trials',
          text: 'How do cases of online child sexual exploitation and abuse proceed in your court?',
          probes: ['How long does it usually take from charge to verdict?', 'What causes adjournments?'],
        },
        {
          id: 'child_testimony',
          text: 'How are children heard in your court?',
          probes: ['Which protective measures exist: screens, video link, closed hearings, support persons?', 'How often are they used?'],
        },
        {
          id: 'sentencing',
          text: 'How are sentences decided in these cases, and are children awarded compensation?',
          probes: ['Do you see cases withdrawn or settled outside court?'],
        },
      ],
    },
    {
      id: 'children',
      title: 'Working with children',
      questions: [
        {
          id: 'contact',
          text: 'How are children who experienced online sexual exploitation or abuse treated when they come into contact with your institution?',
          probes: ['Is there a child-friendly room, or staff trained to interview children?', 'Is a parent or support person present?'],
        },
        {
          id: 'referral',
          text: 'Where are children referred for support, and how does that work in practice?',
          probes: ['Which services exist near you?', 'Do you hear what happened after the referral?'],
        },
        {
          id: 'attitudes',
          text: 'Some people say that children are partly to blame when, for example, they send images of themselves. What do you hear among colleagues about this?',
          probes: ['How does it affect the way cases are handled?'],
        },
      ],
    },
    {
      id: 'capacity',
      title: 'Capacity and resources',
      questions: [
        {
          id: 'training',
          text: 'What training have you had on online child sexual exploitation and abuse?',
          probes: ['Who gave it, and when?', 'Which training would help you most?'],
        },
        {
          id: 'resources',
          text: 'Which resources does your unit have for this work, and which does it lack?',
          probes: ['Staff, equipment, internet access, transport, a private room.', 'Is there a budget line for this work?'],
        },
        {
          id: 'coordination',
          text: 'How do you work with other agencies: prosecution, courts, social welfare, health, schools, civil society, technology companies?',
          probes: ['Is there an agreed referral pathway or a coordination group? Does it work?'],
        },
      ],
    },
    {
      id: 'looking_ahead',
      title: 'Looking ahead',
      questions: [
        { id: 'good_practice', text: 'What works well in your work on these cases, that others could learn from?' },
        { id: 'priorities', text: 'If you could change one thing to improve how these cases are handled, what would it be?' },
        { id: 'anything_else', text: 'Is there anything else you would like to tell us?' },
      ],
    },
  ],
  closing: [
    PROFESSIONAL_SCRIPT.thanks,
    PROFESSIONAL_SCRIPT.nextSteps,
    [
      'support',
      'Talking about these cases can be hard, also for professionals. If anything we discussed has troubled you, [support service for professionals] can help, and I can give you its contact details now.',
    ],
    PROFESSIONAL_SCRIPT.childAtRisk,
    PROFESSIONAL_SCRIPT.laterContact,
  ],
  notes: [
    [
      'no_names',
      'Never write a name in the log, your notes or a transcript: use the interview code. Remove from transcripts every name or detail that could identify a child, a family, a suspect or the respondent.',
    ],
    [
      'practice_not_cases',
      'Ask about practice, not about particular cases. If a respondent starts to describe a child or a case in identifying detail, stop them gently and ask about the general pattern instead.',
    ],
    [
      'sections',
      "Ask the sections marked for the respondent's role and those for everyone. Skip a question the respondent has already answered; use the probes only where needed.",
    ],
    PROFESSIONAL_SCRIPT.consentNote,
    PROFESSIONAL_SCRIPT.safeguardingNote,
    PROFESSIONAL_SCRIPT.logNote,
    [
      'capacity_checklist',
      'When the interviews are done, the research team completes the capacity checklist: each element with its status and a short note saying what the status rests on.',
    ],
  ],
});
