import { defineInterviewGuide } from '@dh/core';
import { RESPONDENT_TYPE_LIST } from './respondent-types.js';
import { SURVIVOR_CONVERSATIONS_VERSION } from './version.js';

/**
 * The guide for survivor-centred, trauma-informed conversations (docs/methodology.md § the
 * interview activities): the young person leads, is never asked what was done to them, may
 * pause, skip or stop at any moment, and leaves with support. The conversation moves from
 * everyday life online to telling someone, help and reporting, and ends with what the young
 * person wants others to know and something they look forward to. Words in [brackets] are
 * filled by the research team of each country before fieldwork.
 */
export const GUIDE = defineInterviewGuide({
  id: 'sc_conversation_guide',
  title: 'Survivor conversations: conversation guide',
  version: SURVIVOR_CONVERSATIONS_VERSION,
  purpose:
    'To learn from young people who experienced online sexual exploitation or abuse as children what helped them, what did not, and what should change, in their own words and at their own pace, so that other young people get better help.',
  respondentTypes: RESPONDENT_TYPE_LIST,
  opening: [
    [
      'welcome',
      'Hello, and thank you for coming. My name is [first name]. [support worker] from [partner organisation], whom you know, is [with us / in the next room] the whole time.',
    ],
    [
      'purpose',
      'We are talking with young people who have had something sexual happen online that was not okay, to learn what helped them, what did not, and what should change, so that other young people get better help. You are the expert on your own experience.',
    ],
    [
      'no_details',
      'You do not need to tell me what happened to you, and I will not ask you to describe it. We will talk about what came afterwards: who you told, what help you got, and what you think should change.',
    ],
    [
      'your_choice',
      'Taking part is completely your choice. Saying no, now or later, will not change any support you get from [partner organisation].',
    ],
    [
      'pause_and_stop',
      "You are in charge of this conversation. You can skip any question, ask for a break, or stop at any time, without saying why. If you say 'pause', or put this card on the table, I will stop straight away.",
    ],
    [
      'withdraw',
      'If you decide later that you do not want us to use what you said, tell [support worker] or [research team contact] before [date], and everything you said will be deleted. We keep only a note that you withdrew, with nothing you said.',
    ],
    [
      'confidentiality',
      'We will not write your name anywhere, and nothing we write will let anyone know it was you. There is one exception: if you tell me that you or another young person is in danger now, I will need to tell [safeguarding focal point] so that you can be kept safe, and I will talk with you about it first.',
    ],
    [
      'recording',
      'If you agree, I would like to record our conversation so that I remember it correctly. Only the research team will hear it, and it will be deleted once the notes are checked. You can ask me to stop recording at any time.',
    ],
    ['length', 'We will talk for about 45 minutes to an hour, with breaks whenever you want them.'],
    [
      'consent',
      'If you are under 18: [your parent or caregiver / the adult the ethics approval names] has agreed that we may talk, but it is your own decision. Do you have any questions? Would you like to take part, and may I record our conversation?',
    ],
  ],
  sections: [
    {
      id: 'getting_started',
      title: 'Getting started',
      questions: [
        {
          id: 'about_you',
          text: 'To start, could you tell me a little about yourself: what do you enjoy doing?',
          probes: ['What do you like doing online, and which apps do you use most?'],
        },
      ],
    },
    {
      id: 'online_life',
      title: 'Being young and online',
      questions: [
        {
          id: 'online_here',
          text: 'What is it like to be a young person online here?',
          probes: ['What do young people you know worry about online?', 'Where do young people learn about staying safe online?'],
        },
        {
          id: 'when_not_okay',
          text: 'When something online is not okay, how do young people you know usually deal with it?',
          probes: ['Who do they turn to, if anyone?'],
        },
      ],
    },
    {
      id: 'telling',
      title: 'Telling someone',
      questions: [
        {
          id: 'who_told',
          text: 'Thinking of your own experience, did you tell anyone? You can answer in general, without saying what happened.',
          probes: [
            'Who did you tell first, and what made you choose them?',
            'If it took a while before you told anyone, what made it hard?',
          ],
        },
        {
          id: 'reactions',
          text: 'How did the people you told react?',
          probes: ['What did they say or do that helped?', 'Was there anything they said or did that made things harder?'],
        },
      ],
    },
    {
      id: 'help',
      title: 'Help and reporting',
      questions: [
        {
          id: 'help_received',
          text: 'What help or support did you get afterwards?',
          probes: [
            'From family, friends, school, a helpline, a counsellor, the police, or the app or website?',
            'Was it easy to find, and to reach?',
          ],
        },
        {
          id: 'reporting',
          text: 'Did you, or someone else, report it to an app or website, the police or a helpline? How was that for you?',
          probes: ['If you decided not to report it, what led to that decision?', 'Did anything happen after the report?'],
        },
        {
          id: 'what_helped',
          text: 'Looking back, what helped you most?',
          probes: ['What did you need that you did not get?'],
        },
      ],
    },
    {
      id: 'messages',
      title: 'What should change',
      questions: [
        {
          id: 'adults',
          text: 'What should adults, such as parents, teachers, police or counsellors, know or do differently?',
          probes: ['What would you say to the government?', 'What would you say to the companies that run the apps you use?'],
        },
        {
          id: 'young_people',
          text: 'What would you like other young people to know?',
          probes: ['Is there anything else you would like to tell me?'],
        },
      ],
    },
  ],
  closing: [
    [
      'warm_down',
      'We are nearly finished. Before we end, can you tell me about something you are looking forward to, or something that makes you feel good?',
    ],
    ['thanks', 'Thank you for sharing your thoughts with me. What you told me will help other young people get better support.'],
    [
      'feelings',
      'How are you feeling now? It is normal to have strong feelings after talking about difficult things, today or in the next few days.',
    ],
    [
      'referral',
      '[support worker] is here for you after we finish, and you can contact [partner organisation] at [contact details]. You can also call [child helpline], free, at any time. Would you like me to help you contact any of them now?',
    ],
    [
      'withdraw_reminder',
      'If you change your mind about us using what you said, tell [support worker] or contact [research team contact] before [date], giving the code on this card.',
    ],
  ],
  notes: [
    [
      'clearance',
      'Hold no conversation before the ethics approval is given and recorded in assessment.json (activities.survivor-conversations.settings.ethicalClearance): dh refuses the data of this activity without it.',
    ],
    [
      'invitation',
      'Young people are invited only through [partner organisation], which already supports them, and only where their support worker judges that taking part will not harm them. Let the young person choose where to meet and, where possible, whether a woman or a man holds the conversation.',
    ],
    [
      'consent_and_assent',
      'Read the opening in full. Hold the conversation only after consent and, for a young person under 18, their own assent, and record both in the interview log.',
    ],
    [
      'no_details',
      'Never ask what was done to the young person, by whom, or how. If they begin to describe it, listen without probing, thank them, and move gently back to what came afterwards.',
    ],
    [
      'pause_rule',
      'Pause at once when the young person says so, puts the card on the table, or shows distress (tears, long silence, shaking, looking away, wanting to leave). Offer water and time, then ask whether they want to go on, skip the topic, or stop.',
    ],
    [
      'stop_rule',
      'Stop the conversation, and do not return to it, when the young person asks; when distress continues after a pause; or when they say that they or another child are in danger now. Stay with them, bring in the support worker, follow the safeguarding protocol, and record in the log how the conversation ended.',
    ],
    [
      'refusal_and_withdrawal',
      'If a young person declines, or withdraws during or after the conversation, record only the participation record: invitation code, date, outcome and whether support was offered. Delete the recording, notes, log row and coded segments, and never write down why or anything they said.',
    ],
    [
      'no_names',
      'Never write a name in the log, your notes or a transcript: use the codes. Remove from transcripts every name, place, school, app account or detail that could identify the young person or anyone else.',
    ],
    [
      'log',
      'Fill in the interview log and the participation record straight after the conversation, including whether a support worker was there, how it ended and whether support was offered.',
    ],
  ],
});
