import { defineCodingFrame, SHARED_THEME_CODES as SHARED } from '@dh/core';
import { SURVIVOR_CONVERSATIONS_VERSION } from './version.js';

/**
 * The coding frame of activity 8 (docs/methodology.md § the interview activities): what young
 * survivors say about life online, telling someone, the responses they met, help and reporting,
 * how they coped, and what should change. It codes their views and what came after, never the
 * abuse itself. Themes several activities share are core's SHARED_THEME_CODES, placed here as
 * they are; the activity's own start with `sc_`.
 */
export const CODING_FRAME = defineCodingFrame({
  id: 'sc_coding_frame',
  title: 'Survivor conversations: coding frame',
  version: SURVIVOR_CONVERSATIONS_VERSION,
  codes: [
    {
      id: 'sc_online_life',
      label: 'Being young and online',
      definition: 'How young people use the internet, and the risks they and their peers see online.',
      include: 'Talk about life online in general, where no narrower theme fits.',
      exclude: 'Telling someone about a harmful experience (sc_telling).',
      example: 'Everyone is on their phone all the time. That is where your friends are.',
      children: [
        {
          id: 'sc_risks_seen',
          label: 'Risks young people see online',
          definition:
            'The risks young people name for themselves and their peers: strangers, pressure to send images, threats, images shared without permission.',
          include: 'Risks in general or among peers; how common young people think they are; new apps or games where they happen.',
          exclude: 'Not knowing that such acts are abuse (low_awareness).',
          example: 'Some boys ask every girl for pictures, and if she says no they tell lies about her.',
        },
        SHARED.low_awareness,
      ],
    },
    {
      id: 'sc_telling',
      label: 'Telling someone',
      definition: 'Whether, when and whom the young person told about what happened to them, and what made telling easier or harder.',
      include: 'Talk about telling in general, where no narrower theme fits.',
      exclude: 'How the people told reacted (sc_responses).',
      example: 'It took me almost a year to say anything to anyone.',
      children: [
        {
          id: 'sc_first_confidant',
          label: 'Whom they told first',
          definition: 'The first person the young person told (a friend, a parent, a teacher, a helpline, no one) and why they chose them.',
          include: 'Telling a friend before any adult; telling an adult outside the family; telling no one.',
          exclude: 'What made telling hard (sc_barriers_to_telling).',
          example: 'I told my best friend first, because I knew she would not tell my parents.',
        },
        {
          id: 'sc_barriers_to_telling',
          label: 'What made telling hard',
          definition:
            'What kept the young person from telling, or delayed it: fear of punishment or of losing their phone, threats, not being sure it counted, wanting to protect others.',
          include: "Fear of the offender or of the images spreading; fear of parents' anger; thinking nobody could help.",
          exclude:
            'Shame or taboo (stigma_and_shame); fear of being blamed (victim_blaming); not knowing where to go (not_knowing_where_to_report).',
          example: 'I thought if I told my dad he would take my phone, and then I would have no one to talk to.',
        },
        SHARED.stigma_and_shame,
        SHARED.not_knowing_where_to_report,
      ],
    },
    {
      id: 'sc_responses',
      label: 'How others responded',
      definition: 'How the people the young person told, or who found out, responded: family, friends, school, professionals.',
      include: 'Talk about responses in general, where no narrower theme fits.',
      exclude: 'Formal reports and their outcome (sc_help_and_reporting).',
      example: 'Some people were kind, and some people made it worse.',
      children: [
        {
          id: 'sc_supportive_response',
          label: 'Responses that helped',
          definition:
            'Responses the young person experienced as helping: being believed, listened to, comforted, protected, helped to act.',
          include: 'An adult who stayed calm; a friend who went with them to report; a teacher who acted quickly.',
          exclude: 'Services the young person received (sc_help_and_reporting).',
          example: 'My aunt just listened, and then she said it was not my fault. I needed to hear that.',
        },
        {
          id: 'sc_harmful_response',
          label: 'Responses that made things harder',
          definition:
            'Responses the young person experienced as harmful: disbelief, anger, punishment, gossip, or being pressured to keep quiet.',
          include: 'A phone taken away as punishment; being shouted at; others told without their agreement; being told to forget it.',
          exclude: 'Being held responsible for the abuse (victim_blaming).',
          example: 'My mother was so angry that I stopped telling her anything at all.',
        },
        SHARED.victim_blaming,
      ],
    },
    {
      id: 'sc_help_and_reporting',
      label: 'Help and reporting',
      definition:
        'The help and support the young person sought or received, and their experience of reporting to a platform, the police or a helpline.',
      include: 'Talk about help and reporting in general, where no narrower theme fits.',
      exclude: 'Informal responses of family and friends (sc_responses).',
      example: 'I did not know there was anyone whose job it was to help with this.',
      children: [
        {
          id: 'sc_platform_reporting',
          label: 'Reporting to apps and websites',
          definition:
            'Reporting to the company that runs an app, game or website: whether the young person knew how, what happened after, and whether content was removed.',
          include: 'Report buttons used or not; no reply; accounts or images removed or left online.',
          exclude: 'Requests by the police to companies for evidence, which young people rarely see: not a theme of these conversations.',
          example: 'I reported the account three times and nothing happened. It is still there.',
        },
        {
          id: 'sc_police_and_justice',
          label: 'Experience with the police and justice system',
          definition: 'What the young person experienced when the police or another justice authority was involved, in their own words.',
          include: 'Being taken seriously or not; statements; being kept informed; the outcome as the young person sees it.',
          exclude: 'Procedures not adapted to children (lack_of_child_friendly_justice).',
          example: 'The police officer was nice, but I never heard anything after that day.',
        },
        SHARED.lack_of_child_friendly_justice,
        SHARED.gaps_in_support_services,
      ],
    },
    {
      id: 'sc_coping',
      label: 'Coping and recovery',
      definition: 'How the experience affected the young person, in their own words, and what helped them cope and recover.',
      include: 'Talk about coping and recovery in general, where no narrower theme fits.',
      exclude: 'Support from services (sc_help_and_reporting).',
      example: 'It still comes back sometimes, but it does not control my life anymore.',
      children: [
        {
          id: 'sc_effects',
          label: 'Effects on their life',
          definition: 'The effects the young person describes on their wellbeing, school, friendships, family or use of the internet.',
          include: 'Worry, sleep, withdrawing from friends, leaving social media, changing school; effects they describe as over.',
          exclude: 'What helped them cope (sc_strengths).',
          example: 'For months I did not want to go to school, because I thought everyone had seen it.',
        },
        {
          id: 'sc_strengths',
          label: 'What helped them cope',
          definition: "The young person's own strengths and the people, activities and places that helped them cope and recover.",
          include: 'Friends, sport, faith, music, a counsellor; helping others; feeling in control again.',
          exclude: 'Responses at the time of telling (sc_supportive_response).',
          example: 'Football helped. On the pitch I did not have to think about anything else.',
        },
      ],
    },
    {
      id: 'sc_ways_forward',
      label: 'What should change',
      definition: 'What the young person wants adults, services, companies and other young people to know or do.',
      include: 'Talk about change in general, where no narrower theme fits.',
      exclude: 'A problem described without a proposal (the theme of the problem).',
      example: 'Adults need to stop being scared of the internet and actually learn about it.',
      children: [
        SHARED.recommendations,
        SHARED.good_practice,
        {
          id: 'sc_message_to_peers',
          label: 'Messages to other young people',
          definition: 'What the young person would tell other young people in their place.',
          include: 'Encouragement to tell someone; advice on what to do or whom to trust; reassurance that it is not their fault.',
          exclude: 'Recommendations to adults or institutions (recommendations).',
          example: 'Tell someone. It does not have to be your parents, but tell someone.',
        },
      ],
    },
  ],
});
