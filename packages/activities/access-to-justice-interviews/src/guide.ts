import { defineInterviewGuide } from '@dh/core';
import { FAMILY_TYPES, PROFESSIONAL_TYPES, RESPONDENT_TYPE_LIST } from './respondent-types.js';
import { ACCESS_TO_JUSTICE_INTERVIEWS_VERSION } from './version.js';

/**
 * The semi-structured guide for access to justice (docs/methodology.md § the interview
 * activities): children and caregivers tell what happened once the abuse came to light (the
 * report, the investigation, court, compensation and support), never the abuse itself;
 * professionals speak of their practice. Words in [brackets] are filled by the research team of
 * each country before fieldwork; "[you / your child]" is said as fits the respondent.
 */
export const GUIDE = defineInterviewGuide({
  id: 'aj_interview_guide',
  title: 'Access-to-justice interviews: interview guide',
  version: ACCESS_TO_JUSTICE_INTERVIEWS_VERSION,
  purpose:
    'To learn how the justice system treats children who experienced online sexual exploitation or abuse, from the report to the end of the case: how they and their caregivers were received, informed and protected, whether they sought and received compensation, which support they reached, and what professionals see in their practice.',
  respondentTypes: RESPONDENT_TYPE_LIST,
  opening: [
    [
      'introduction',
      'Thank you for meeting me. My name is [first name], and I work with [research organisation] on Disrupting Harm, a study of how children are kept safe online in [country], and of what happens when they are harmed.',
    ],
    [
      'purpose',
      'We are talking with young people, parents and caregivers, and people who work in the justice system, about what happens after something harmful online is reported: with the police, the courts and the services that should help. We will not ask you to describe what happened to [you / your child] online. We want to hear what happened afterwards, and what should be better.',
    ],
    [
      'voluntary',
      'Taking part is your choice. You may skip any question, take a break, or stop at any time, without giving a reason. Saying no will not change any help, service or case.',
    ],
    [
      'assent',
      'If you are under 18: your parent or caregiver has agreed that we may talk with you, but it is still your own decision. You can say no now, or later, and nobody will be upset with you.',
    ],
    [
      'support',
      'If you would like [support person] to stay with you while we talk, they can. If anything feels hard, tell me, or show me this card, and we will pause or stop.',
    ],
    [
      'confidentiality',
      'We will not write your name in our notes or in any report, and what you say will be reported together with what others say, so that nobody can tell it came from you. There is one exception: if you tell me that a child is in danger now, I may need to tell [safeguarding focal point] so that the child can be kept safe, and I would talk with you about it first.',
    ],
    [
      'recording',
      'With your agreement I would like to record our conversation, so that I do not miss anything. The recording is kept securely, heard only by the research team, and deleted once the notes are checked. You may ask me to stop recording at any time.',
    ],
    ['length', 'Our conversation takes about [45 minutes with a child or caregiver / one hour with a professional].'],
    [
      'consent',
      'Do you have any questions? Do you agree to take part, and to our conversation being recorded? [For a child: would you like to talk with me today?]',
    ],
  ],
  sections: [
    {
      id: 'getting_started',
      title: 'Getting started',
      for: [...FAMILY_TYPES],
      questions: [
        {
          id: 'about_you',
          text: 'To start, could you tell me a little about yourself?',
          probes: ['What do you like to do in your free time?', 'Who lives with you at home?'],
        },
      ],
    },
    {
      id: 'reporting',
      title: 'Reporting what happened',
      for: [...FAMILY_TYPES],
      questions: [
        {
          id: 'how_reported',
          text: 'How did the police or another authority first come to know about what happened?',
          probes: ['Who decided to report it, and what helped that decision?', 'Was there anything that made you hesitate or worry?'],
        },
        {
          id: 'first_response',
          text: 'What happened when you first went to the police or another authority?',
          probes: [
            'How were you received? Did you feel listened to and believed?',
            'Were you told what would happen next, and who to contact?',
          ],
        },
      ],
    },
    {
      id: 'investigation',
      title: 'While the case was investigated',
      for: [...FAMILY_TYPES],
      questions: [
        {
          id: 'statements',
          text: 'How many times, and to whom, did [you / your child] have to tell what happened?',
          probes: [
            'Where did that take place, and who else was in the room?',
            'Was a parent, support person or lawyer allowed to be there?',
          ],
        },
        {
          id: 'devices',
          text: 'Were phones, accounts or messages taken as evidence? How was that for you?',
          probes: ['Were you told why, and were they given back?'],
        },
        {
          id: 'kept_informed',
          text: 'How were you kept informed about the case?',
          probes: ['Who told you about it, and how often?', 'Was there anything you wanted to know and could not find out?'],
        },
      ],
    },
    {
      id: 'court',
      title: 'Going to court',
      for: [...FAMILY_TYPES],
      questions: [
        {
          id: 'court_experience',
          text: 'Did the case go to court? If it did, what was that like for [you / your child]?',
          probes: [
            'Did [you / your child] have to give evidence? Could it be done by video link, behind a screen, or in a closed hearing?',
            'Did [you / your child] have to see the accused person?',
            'How long did it take from the report to the end of the case?',
          ],
        },
        {
          id: 'legal_help',
          text: 'Did [you / your child] have a lawyer, or someone who explained each step?',
          probes: ['Who provided that help, and did it cost anything?'],
        },
        {
          id: 'outcome',
          text: 'How did the case end, or where is it now? What do you think about that?',
          probes: [
            'If the case was closed, withdrawn or settled, what led to that?',
            'Did anyone put pressure on you to settle or to withdraw the complaint?',
          ],
        },
      ],
    },
    {
      id: 'compensation',
      title: 'Compensation and costs',
      for: [...FAMILY_TYPES],
      questions: [
        {
          id: 'compensation_told',
          text: 'Did anyone tell you that [you / your child] could ask for compensation?',
          probes: ['Who told you, and when?'],
        },
        {
          id: 'compensation_outcome',
          text: 'Was compensation asked for? What happened?',
          probes: [
            'Was it asked from the offender, in a separate case, or from a state fund?',
            'Was it awarded? Was it actually paid, and how long did that take?',
          ],
        },
        {
          id: 'costs',
          text: 'What did the case cost your family, in money and in time?',
          probes: ['Transport, fees, days off work, school missed.'],
        },
      ],
    },
    {
      id: 'support',
      title: 'Support along the way',
      for: [...FAMILY_TYPES],
      questions: [
        {
          id: 'support_received',
          text: 'What support did [you / your child] receive during and after the case?',
          probes: [
            'For example counselling, medical care, a safe place to stay, help with school.',
            'Who offered it, and was it easy to reach?',
          ],
        },
        {
          id: 'what_helped',
          text: 'Who or what helped you most along the way?',
          probes: ['What made the difference?'],
        },
        {
          id: 'support_missing',
          text: 'What support did you need that you did not receive?',
          probes: ['What stood in the way?'],
        },
      ],
    },
    {
      id: 'practice',
      title: 'Your role and the cases you see',
      for: [...PROFESSIONAL_TYPES],
      questions: [
        {
          id: 'role',
          text: 'Please tell me about your role, and how you come into contact with cases of online child sexual exploitation and abuse.',
          probes: ['How long have you held this role?', 'About how many such cases have you worked on in the past year?'],
        },
        {
          id: 'case_path',
          text: "In your experience, what happens to a child's case from the report to the end of the proceedings?",
          probes: ['Where do cases most often stop, and why?', 'How long do they usually take?'],
        },
        {
          id: 'digital_evidence',
          text: 'What role does digital evidence play in these cases, and what difficulties does it bring?',
          probes: ['Obtaining data from platforms; its acceptance in court.'],
        },
      ],
    },
    {
      id: 'child_friendly_justice',
      title: 'Protecting children in the process',
      for: [...PROFESSIONAL_TYPES],
      questions: [
        {
          id: 'measures',
          text: 'Which measures exist to protect children during the investigation and trial, and how often are they used?',
          probes: [
            'A single recorded interview, child-friendly rooms, testimony by video link, intermediaries, closed hearings.',
            'What prevents their use?',
          ],
        },
        {
          id: 'attitudes',
          text: 'How do people in the justice system generally see children who experienced online sexual exploitation or abuse?',
          probes: ['Do you hear children being blamed, for example for sending images of themselves?', 'How does that affect the case?'],
        },
        {
          id: 'referral',
          text: 'How are children and their families referred to support during and after a case?',
          probes: ['Which services exist near you, and do they have room?', 'Do you hear what happened after the referral?'],
        },
      ],
    },
    {
      id: 'compensation_practice',
      title: 'Compensation in practice',
      for: [...PROFESSIONAL_TYPES],
      questions: [
        {
          id: 'routes',
          text: 'How do child victims obtain compensation in practice?',
          probes: [
            'Is it claimed within the criminal case, in a civil case, or from a state fund?',
            'How often is it awarded, and how often is it actually paid?',
          ],
        },
        {
          id: 'settlements',
          text: 'How often are cases settled between families outside the justice system, and what happens then?',
          probes: ['Who proposes a settlement, and what do professionals do about it?'],
        },
      ],
    },
    {
      id: 'looking_ahead',
      title: 'Looking ahead',
      questions: [
        {
          id: 'change',
          text: 'If you could change one thing so that children are treated better by the justice system, what would it be?',
          probes: ['What already works well, that others could learn from?'],
        },
        {
          id: 'advice',
          text: 'What should other children and families know before they report?',
          probes: ['Is there anything else you would like to tell me?'],
        },
      ],
    },
  ],
  closing: [
    [
      'thanks',
      'Thank you for talking with me and for trusting me with your experience. What you told us will help us understand what needs to change.',
    ],
    ['wellbeing', 'How are you feeling after our conversation? We can take a few minutes before you go.'],
    [
      'next_steps',
      'What you said will be put together with what others told us, without any names, and used in a report to the government and the organisations that work with children.',
    ],
    [
      'referral',
      'If anything we talked about has upset you, or you would like support now, [support service] can help, and I can give you their contact details now or [support person] can go with you. [child helpline] is free to call, also for parents.',
    ],
    [
      'contact',
      'If you have a question later, or want to withdraw what you said, contact [research team contact] and give the interview code on the card I leave with you.',
    ],
  ],
  notes: [
    [
      'no_names',
      'Never write a name in the log, your notes or a transcript: use the interview code. Remove from transcripts every name or detail that could identify a child, a family, a suspect, a professional or a court.',
    ],
    [
      'no_abuse_details',
      'Do not ask about the abuse itself: the guide asks what happened after it came to light. If a child or caregiver begins to describe it, listen without probing, and bring the conversation gently back to the report, the case or the support.',
    ],
    [
      'consent_and_assent',
      'Interview a child only after a parent or caregiver (or the adult the ethics approval names) has consented and the child has agreed in their own words, in a private place with a support person they trust nearby. Record both in the interview log. If either is not given, thank them, end the meeting and log nothing.',
    ],
    [
      'pause_and_stop',
      'Watch for distress (silence, tears, restlessness, a change of voice). Offer a pause; if distress continues, stop the interview, stay with the respondent until they are calm, and offer the referral in the closing script. Record in the log how the interview ended.',
    ],
    [
      'sections',
      "Read the assent and support paragraphs of the opening to children and caregivers only. Ask children and caregivers the sections for families, and professionals the sections for professionals; everyone is asked the last section. Say '[you / your child]' as fits the respondent, and skip a question already answered.",
    ],
    [
      'safeguarding',
      "If a respondent tells you that a child is at immediate risk, follow the research team's safeguarding protocol and tell your supervisor the same day.",
    ],
    [
      'log',
      'Fill in the interview log on the tablet straight after the interview, including how it ended and whether a referral was offered.',
    ],
    [
      'case_journey',
      "When a child's interview is done, the research team completes the case journey from it and the caregiver's: the kind of offence, the furthest stage the case reached, how it ended, and whether compensation was sought, awarded and received. Codes and dates only, never a case number.",
    ],
  ],
});
