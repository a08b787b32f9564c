import { themeCode, type ThemeCode } from './coding-frame.js';

/**
 * Theme codes that several interview activities code for (docs/methodology.md § the
 * interview activities: "codes shared by several activities are declared once so
 * cross-activity tables line up"). An activity's coding frame places these very objects in
 * its own hierarchy, so a theme has one id, one label and one definition in every frame, one
 * REFI-QDA GUID (derived from the id) and one translation key (`themes.<id>.…`). Changing a
 * definition here changes it for every activity that uses it: it is a change to each of their
 * frames, versioned as such. Ids of codes an activity declares for itself start with the
 * activity's own prefix, so they never meet these.
 */
export const SHARED_THEME_CODES = {
  lack_of_training: themeCode({
    id: 'lack_of_training',
    label: 'Lack of training',
    definition:
      'Professionals say that they, or others in their institution, were not trained to recognise, investigate, prosecute, judge or respond to online child sexual exploitation and abuse, or that the training they had does not prepare them for online cases.',
    include:
      'No training at all; one-off or general training that leaves out online offences or digital evidence; trained staff moved on and not replaced; training only for a few in the capital.',
    exclude:
      'Too few staff, too little equipment or money (insufficient_resources); attitudes that blame children (victim_blaming), unless the respondent links them to missing training.',
    example: 'Most of us learned about online cases on the job. Nobody trained us on how to take a phone as evidence.',
  }),
  insufficient_resources: themeCode({
    id: 'insufficient_resources',
    label: 'Insufficient staff, equipment or budget',
    definition:
      'Too few people, too little equipment (computers, forensic tools, internet access, vehicles, private rooms) or no budget set aside to handle cases of online child sexual exploitation and abuse.',
    include:
      'Heavy caseloads; equipment shared or missing; staff paying costs themselves; no budget line for the work; services that close when a project ends.',
    exclude: 'Gaps in training (lack_of_training); delays in getting data from companies (slow_platform_evidence).',
    example: 'We have one computer for the whole unit, and the internet bundle runs out in the middle of the month.',
  }),
  slow_platform_evidence: themeCode({
    id: 'slow_platform_evidence',
    label: 'Evidence from platforms is slow to obtain',
    definition:
      'Requests to technology companies (social media, messaging, hosting or internet service providers) for account data, content or its preservation take long, go unanswered or need formal mutual legal assistance.',
    include:
      'Slow or no replies; requests refused for want of a court order or of mutual legal assistance; data deleted before it was asked for; not knowing whom to contact at a company.',
    exclude:
      'What the law requires of companies (gaps_in_law); cooperation with police or courts of another country that is not about a company (cross_border_cooperation).',
    example: 'By the time the platform answered our request, the account had been deleted and the chats were gone.',
  }),
  cross_border_cooperation: themeCode({
    id: 'cross_border_cooperation',
    label: 'Difficult international cooperation',
    definition:
      'Cases in which an offender, a victim or evidence is in another country are hard to pursue: mutual legal assistance, extradition, or contact with police and prosecutors abroad.',
    include:
      'Requests abroad that take months or are never answered; no contact point in the other country; offenders abroad who are never pursued.',
    exclude: 'Requests to technology companies, wherever they are based (slow_platform_evidence).',
    example: 'The offender was in another country, and once the file left our desk we never heard what happened to it.',
  }),
  victim_blaming: themeCode({
    id: 'victim_blaming',
    label: 'Victim-blaming attitudes',
    definition:
      "A child, or the child's family, is held wholly or partly responsible for the abuse done to the child: for sending an image, chatting or meeting someone, for what they wore or how they behaved. By professionals, families or the community.",
    include:
      "The respondent's own words that blame a child; blame the respondent saw or heard from others; blame that kept a child from reporting or getting help.",
    exclude: 'Shame or fear of gossip that the respondent does not attribute to blame by anyone (stigma_and_shame).',
    example: 'Some officers ask the girl why she sent the photo in the first place, as if it were her fault.',
  }),
  stigma_and_shame: themeCode({
    id: 'stigma_and_shame',
    label: 'Stigma, shame and taboo',
    definition:
      'Shame, fear of stigma or taboos about sexuality lead children or families to hide what happened, not to report it, or to withdraw a complaint.',
    include:
      "Fear of gossip or of the family's reputation; taboos about talking of sex with children; fear of being exposed as gay, lesbian or transgender; shame felt by the child.",
    exclude: 'Blame put on the child by others (victim_blaming); not knowing where to report (not_knowing_where_to_report).',
    example: 'The family did not want anyone in the neighbourhood to know, so they stopped going to the police.',
  }),
  low_awareness: themeCode({
    id: 'low_awareness',
    label: 'Low awareness of online sexual exploitation and abuse',
    definition:
      'Children, caregivers, professionals or officials do not know what online sexual exploitation and abuse is, how it happens, or that it is a crime.',
    include:
      'Not recognising grooming, sexual extortion or the sharing of sexual images as abuse; believing that abuse online is not real abuse; not knowing what the law forbids.',
    exclude: 'Knowing that it is abuse but not where to report it (not_knowing_where_to_report).',
    example: 'Many parents think that if nothing happened in person, then nothing happened at all.',
  }),
  not_knowing_where_to_report: themeCode({
    id: 'not_knowing_where_to_report',
    label: 'Not knowing where to report or get help',
    definition:
      'Children, caregivers or professionals do not know where or how to report online sexual exploitation and abuse, or where to get help.',
    include:
      'Not knowing of helplines, hotlines, police units or online reporting; not knowing which authority is responsible; being sent from one office to another.',
    exclude: 'Knowing where to report but choosing not to, for shame (stigma_and_shame) or for fear of blame (victim_blaming).',
    example: "I didn't know you could report something that happened on the phone.",
  }),
  weak_coordination: themeCode({
    id: 'weak_coordination',
    label: 'Weak coordination between agencies',
    definition:
      'The agencies that should act together (police, prosecution, courts, social welfare, health, education, civil society, ministries) do not: no agreed referral pathway, unclear or duplicated responsibilities, no sharing of information.',
    include: 'No coordination body, or one that does not meet; referrals that are lost; each agency waiting for another to act.',
    exclude: 'Cooperation with other countries (cross_border_cooperation).',
    example: 'The police send the child to social welfare, but nobody tells us what happened after that.',
  }),
  gaps_in_law: themeCode({
    id: 'gaps_in_law',
    label: 'Gaps in law or policy',
    definition:
      'Laws or policies do not cover forms of online child sexual exploitation and abuse (grooming, sexual extortion, live-streamed abuse, possession of child sexual abuse material), are unclear, or are not put into practice.',
    include:
      'Missing or outdated offences; definitions that leave children out; no regulations to apply a law; policies or plans with no action behind them.',
    exclude: 'Money or staff to apply a law (insufficient_resources).',
    example: 'The law speaks of obscene publications. It says nothing about grooming a child in a chat.',
  }),
  lengthy_proceedings: themeCode({
    id: 'lengthy_proceedings',
    label: 'Long delays in justice proceedings',
    definition: 'Investigations, prosecutions or trials take a long time: adjournments, backlogs, waiting for forensic or medical reports.',
    include: 'Hearings postponed again and again; years without a verdict; families giving up because of the time it takes.',
    exclude: 'Waiting for data from technology companies (slow_platform_evidence).',
    example: 'The hearing was postponed again and again. Two years later we are still waiting.',
  }),
  lack_of_child_friendly_justice: themeCode({
    id: 'lack_of_child_friendly_justice',
    label: 'Justice procedures not adapted to children',
    definition:
      'Children are interviewed, examined or heard in ways not adapted to them, so that the process itself can harm them again: repeated interviews, no private space, facing the accused, no support person or intermediary.',
    include:
      'No child-friendly interview room or court; no testimony by video link; questioning by untrained people; a child retelling what happened many times; distress caused by the process.',
    exclude: 'Delays (lengthy_proceedings); blame expressed by a professional (victim_blaming).',
    example: 'She had to tell the story four times, to different people, and the last time the man was sitting in the same room.',
  }),
  informal_settlement: themeCode({
    id: 'informal_settlement',
    label: 'Cases settled outside the justice system',
    definition:
      "A case is resolved outside the justice system: the offender's family pays the child's family, a marriage is arranged, a community leader mediates, or an official encourages the family to withdraw.",
    include: 'Complaints withdrawn after a payment; pressure on the family to settle; cases treated as a private or family matter.',
    exclude: 'Compensation ordered by a court or paid through a state scheme (the compensation codes of access to justice).',
    example: "The offender's family paid the parents, and the case was withdrawn the next week.",
  }),
  gaps_in_support_services: themeCode({
    id: 'gaps_in_support_services',
    label: 'Gaps in support services',
    definition:
      'Psychosocial, medical, legal or shelter support for children who experienced online sexual exploitation and abuse is missing, far away, costly, or not prepared for such cases.',
    include:
      'No counsellor within reach; long waiting lists; services only in the capital; costs families cannot pay; no legal aid; services that do not understand online abuse.',
    exclude: 'A service that exists but that people do not know of (not_knowing_where_to_report).',
    example: 'There is one counsellor for the whole district, and the child waited two months to see her.',
  }),
  good_practice: themeCode({
    id: 'good_practice',
    label: 'Good practice',
    definition:
      'Practices respondents describe as working well and worth repeating elsewhere, in law, procedure, cooperation, support or prevention.',
    include: "Any practice the respondent presents as successful, their own or another institution's, in the country or abroad.",
    exclude: 'Wishes for practices that do not yet exist (recommendations).',
    example: 'Since the prosecutor joins the case from the first day, far fewer cases fall apart.',
  }),
  recommendations: themeCode({
    id: 'recommendations',
    label: 'Recommendations',
    definition: 'Changes respondents recommend to law, policy, practice, services or resources.',
    include: 'Proposals, priorities, requests for support; what the respondent would change first.',
    exclude: 'Practices that already work (good_practice); a problem described without a proposal (the theme of the problem).',
    example: 'Every region needs at least one officer trained for online cases, with a laptop and a budget.',
  }),
} as const satisfies Readonly<Record<string, ThemeCode>>;

export type SharedThemeId = keyof typeof SHARED_THEME_CODES;
