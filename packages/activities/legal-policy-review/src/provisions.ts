/**
 * The provisions the legal and policy review looks for (docs/methodology.md §
 * legal-policy-review), as data: each with a stable id, the question a reviewer answers, the
 * international standard it comes from, what counts as each status, and the checklist
 * version in which its definition last changed in a way that breaks comparison (`definedIn`).
 *
 * Ids never change meaning within a major version (docs/methodology.md § comparability): a
 * provision whose question or guidance changes meaning gets a new `definedIn`, and countries
 * reviewed on either side of that change are not compared on it.
 *
 * Fifteen items: thirteen law provisions and two policy items, the national plan and the
 * coordinating body (two items, since a country may have one without the other and one status
 * could not say which), listed with their questions and standards in docs/methodology.md §
 * legal-policy-review, which a test keeps equal to this list.
 */
export interface Provision {
  readonly id: string;
  /** Short name, for the scorecard and the cross-country matrix. */
  readonly label: string;
  readonly question: string;
  /** The treaty articles and frameworks the provision comes from. */
  readonly standard: string;
  /** `law` items cite a law and article with the law's date; `policy` items a document name and year. */
  readonly section: 'law' | 'policy';
  readonly guidance: {
    readonly yes: string;
    readonly partial: string;
    readonly no: string;
    /** When absent, the general meaning of "unclear" applies (UNCLEAR_GUIDANCE). */
    readonly unclear?: string;
  };
  readonly definedIn: string;
}

export const UNCLEAR_GUIDANCE =
  'The text is ambiguous, laws conflict, no court has settled how far it reaches online, or the text in force could not be obtained; say which in the note.';

const FIRST = '0.1.0';

const LANZAROTE = 'Lanzarote Convention';
const OPSC = 'UN OPSC';
const BUDAPEST = 'Budapest Convention';
const MNR = 'WeProtect Model National Response';

export const PROVISIONS: readonly Provision[] = [
  {
    id: 'child_definition',
    label: 'A child is anyone under 18',
    question: 'Do the offences of child sexual exploitation and abuse protect every person under 18, whatever the age of sexual consent?',
    standard: `UN CRC art. 1 (applied by the ${OPSC}); ${LANZAROTE} art. 3(a); ${BUDAPEST} art. 9(3)`,
    section: 'law',
    guidance: {
      yes: 'Every sexual exploitation and abuse offence, those on child sexual abuse material included, protects all persons under 18, girls and boys alike, and marriage is no defence.',
      partial:
        'Some offences protect everyone under 18 but others stop at a lower age (often the age of consent or 16), or protection differs between girls and boys, or marriage is a defence.',
      no: 'No offence of sexual exploitation or abuse protects persons up to the age of 18.',
    },
    definedIn: FIRST,
  },
  {
    id: 'csam_definition',
    label: 'Child sexual abuse material is defined, virtual and non-visual material included',
    question:
      'Does the law define child sexual abuse material, covering virtual (computer-generated, drawn, realistic) and non-visual (audio, written) representations of children?',
    standard: `${OPSC} art. 2(c) ("any representation, by whatever means"); ${LANZAROTE} art. 20(2); ${BUDAPEST} art. 9(2)`,
    section: 'law',
    guidance: {
      yes: "A legal definition covers any representation, by whatever means, of a child engaged in real or simulated explicit sexual activity, or of a child's sexual parts for primarily sexual purposes: realistic and computer-generated images, drawings, audio and written material included.",
      partial:
        'A definition exists but covers only visual material, or only real children (not virtual or computer-generated images), or the law uses words such as "obscene" or "indecent" without defining them by reference to children.',
      no: 'No definition: such material is caught, if at all, by general obscenity or pornography offences.',
    },
    definedIn: FIRST,
  },
  {
    id: 'csam_offences',
    label: 'Producing, distributing, offering and possessing child sexual abuse material are offences',
    question:
      'Are producing, distributing, disseminating, importing, exporting, offering, selling and possessing child sexual abuse material criminal offences, online as well as offline?',
    standard: `${OPSC} art. 3(1)(c); ${LANZAROTE} art. 20(1)(a)–(e); ${BUDAPEST} art. 9(1)`,
    section: 'law',
    guidance: {
      yes: 'Each of these acts is an offence, done through a computer system or not, and possession is an offence in itself, without intent to distribute.',
      partial:
        'Some of these acts are offences but not all: most often possession is an offence only with intent to distribute (the UN OPSC minimum), or the offences apply only offline.',
      no: 'None of these acts is an offence that names children; only general obscenity offences apply.',
    },
    definedIn: FIRST,
  },
  {
    id: 'csam_online_access',
    label: 'Knowingly accessing or viewing child sexual abuse material online is an offence',
    question:
      'Is knowingly obtaining access to child sexual abuse material through information and communication technologies (viewing or streaming it without keeping a copy) a criminal offence?',
    standard: `${LANZAROTE} art. 20(1)(f); ${BUDAPEST} art. 9(1)(d)`,
    section: 'law',
    guidance: {
      yes: 'Knowingly accessing or viewing the material online is an offence, even where no copy is downloaded or kept.',
      partial:
        'Only procuring or downloading the material is an offence, or viewing is covered only because a court has read "possession" to include it.',
      no: 'Accessing or viewing the material without possessing a copy is not an offence.',
    },
    definedIn: FIRST,
  },
  {
    id: 'online_grooming',
    label: 'Online grooming is an offence, even without a meeting',
    question:
      'Is soliciting or grooming a child for sexual purposes through information and communication technologies a criminal offence, even when no meeting in person is proposed or takes place?',
    standard: `${LANZAROTE} art. 23 and the Lanzarote Committee's opinion on art. 23 (2015); ${MNR}, capability 3 (legislation)`,
    section: 'law',
    guidance: {
      yes: 'Grooming a child online for sexual purposes is an offence in itself, whether or not a meeting is proposed, arranged or held, and whether the abuse intended is in person or online.',
      partial:
        'Grooming is an offence only where a meeting in person is proposed and followed by acts towards it (the minimum of Lanzarote art. 23), or only for children under the age of sexual consent, or only through general attempt or incitement offences.',
      no: 'Grooming is not an offence: only the sexual abuse itself, or an attempt at it, is punished.',
    },
    definedIn: FIRST,
  },
  {
    id: 'sexual_extortion',
    label: 'Sexual extortion of children is an offence',
    question:
      'Is coercing a child with threats (often of sharing sexual images of them) into sending sexual images, performing sexual acts or paying money a criminal offence?',
    standard: `${LANZAROTE} arts. 18(1)(b) and 21(1)(b); ${MNR}, capability 3 (legislation)`,
    section: 'law',
    guidance: {
      yes: 'A specific offence covers the sexual extortion of children, or the extortion or coercion offences expressly cover demanding sexual images or sexual acts from a child.',
      partial:
        'Only general extortion, blackmail or threat offences apply, and they do not expressly cover demands for sexual images or acts.',
      no: 'No offence covers threatening a child to obtain sexual images, sexual acts or money.',
    },
    definedIn: FIRST,
  },
  {
    id: 'live_streaming',
    label: 'Live-streamed child sexual abuse is covered, the viewer included',
    question: 'Does the law cover child sexual abuse streamed live, including the person who watches it or directs it from a distance?',
    standard: `${LANZAROTE} art. 21(1)(a) and (c); ${OPSC} art. 3(1)`,
    section: 'law',
    guidance: {
      yes: 'Causing a child to take part in a sexual performance transmitted live is an offence, and so is knowingly watching or directing it from a distance, whether or not it is recorded or paid for.',
      partial:
        'The person who abuses the child on camera is liable, but the remote viewer or director only if a recording is made or kept, or only through general offences of complicity.',
      no: 'Live-streamed abuse is not covered beyond the abuse in person itself.',
    },
    definedIn: FIRST,
  },
  {
    id: 'self_generated_images',
    label: 'Children are not criminalised for self-generated images',
    question:
      'Are children protected from prosecution for sexual images of themselves that they produced, whether shared consensually with peers or obtained from them by coercion?',
    standard: `${LANZAROTE} art. 20(3); Lanzarote Committee opinion on child sexually suggestive or explicit images and/or videos generated, shared and received by children (2019); UN CRC General comment No. 25 (2021)`,
    section: 'law',
    guidance: {
      yes: 'The law, or binding prosecution guidance, keeps children out of the offences on material they generated of themselves, at least where it was shared consensually between peers and where they were coerced.',
      partial:
        'Children may be prosecuted but prosecutors have discretion or diversion applies, or the exclusion covers only some cases (consensual sharing, say, but not images obtained by coercion).',
      no: 'The offences apply to children for images of themselves, with no exclusion.',
    },
    definedIn: FIRST,
  },
  {
    id: 'age_of_consent',
    label: 'An age of sexual consent, with close-in-age provisions',
    question:
      'Does the law set an age of sexual consent, the same for all children, with a close-in-age provision so that consensual sexual activity between peers is not a crime?',
    standard: `${LANZAROTE} art. 18(2) and (3); UN CRC General comment No. 20 (2016)`,
    section: 'law',
    guidance: {
      yes: 'One age of consent applies to all, whatever their sex, sexual orientation or marital status, and a close-in-age provision exempts consensual activity between children of similar ages. Write the age in the note.',
      partial:
        'An age of consent is set but differs by sex or marital status, or there is no close-in-age provision. Write the age in the note.',
      no: 'The law sets no age of sexual consent.',
    },
    definedIn: FIRST,
  },
  {
    id: 'extraterritorial_jurisdiction',
    label: 'Extraterritorial jurisdiction without double criminality',
    question:
      'Can the courts try these offences when committed abroad by a national or habitual resident, without requiring that the act also be a crime where it was committed?',
    standard: `${OPSC} art. 4(2); ${LANZAROTE} art. 25(1)(d)–(e) and 25(4)`,
    section: 'law',
    guidance: {
      yes: 'Jurisdiction reaches offences committed abroad by nationals and habitual residents, and does not depend on the act being a crime where it was committed (no double criminality).',
      partial:
        'Extraterritorial jurisdiction exists but requires double criminality, or covers nationals only, or only some of the offences.',
      no: 'The courts have no jurisdiction over these offences committed abroad.',
    },
    definedIn: FIRST,
  },
  {
    id: 'provider_duties',
    label: 'Internet providers must report, preserve and take down',
    question:
      'Are internet service providers and online platforms required by law to report child sexual abuse material they find, to preserve data for investigations, and to remove or block the material?',
    standard: `${BUDAPEST} arts. 16–17 (expedited preservation); ${MNR}, capabilities 16 (takedown procedures) and 17 (CSEA reporting)`,
    section: 'law',
    guidance: {
      yes: 'The law places all three duties on providers: to report such material to the authorities, to preserve data when asked, and to remove or block it.',
      partial: 'One or two of the three duties are in law, or they rest only on voluntary codes. Say in the note which duties are missing.',
      no: 'Providers have none of these duties in law.',
    },
    definedIn: FIRST,
  },
  {
    id: 'child_friendly_justice',
    label: 'Child-friendly justice and compensation for child victims',
    question:
      'Does the law give child victims of sexual exploitation and abuse child-friendly procedures (interviews adapted to the child, no contact with the accused, no repeated testimony) and a right to seek compensation?',
    standard: `${OPSC} arts. 8 and 9(4); ${LANZAROTE} arts. 31, 35 and 36; ${MNR}, capability 10 (compensation, remedies and complaints)`,
    section: 'law',
    guidance: {
      yes: 'Both are in law: child-friendly procedures at every stage of the justice process, and a right for child victims to seek compensation from the offender or a state fund.',
      partial: 'Only one of the two is in law, or the procedures apply only to some proceedings or to some ages.',
      no: 'The law provides neither.',
    },
    definedIn: FIRST,
  },
  {
    id: 'mandatory_reporting',
    label: 'Professionals must report suspected abuse',
    question:
      'Are professionals who work with children (teachers, health workers, social workers) required by law to report suspected child sexual abuse and exploitation, including when it happens online?',
    standard: `UN CRC art. 19(2); ${LANZAROTE} art. 12`,
    section: 'law',
    guidance: {
      yes: 'A legal duty to report applies to professionals working with children and covers sexual abuse and exploitation in any form, online included; confidentiality rules do not stand in its way.',
      partial:
        'The duty applies only to some professions or to some forms of abuse, or the law only allows reporting (lifting confidentiality) without requiring it.',
      no: 'No professional is required by law to report.',
    },
    definedIn: FIRST,
  },
  {
    id: 'national_plan',
    label: 'A national plan addresses OCSEA',
    question:
      'Is there a national plan or strategy in force that addresses online child sexual exploitation and abuse and says who is responsible for what?',
    standard: `${OPSC} art. 9(1); ${MNR} (policy and governance)`,
    section: 'policy',
    guidance: {
      yes: 'A plan or strategy adopted by the government and in force on the review date addresses OCSEA expressly and assigns responsibilities.',
      partial:
        'A plan on child protection or violence against children mentions online abuse only in passing, or the plan has expired or is still a draft.',
      no: 'There is no such plan.',
    },
    definedIn: FIRST,
  },
  {
    id: 'coordinating_body',
    label: 'A national body coordinates the response to OCSEA',
    question:
      'Is there a national body, set up by a law, decree or policy document, that coordinates the response to online child sexual exploitation and abuse across government, law enforcement, civil society and industry?',
    standard: `${LANZAROTE} art. 10(1); ${MNR}, capability 1 (leadership: national governance and oversight)`,
    section: 'policy',
    guidance: {
      yes: 'A body set up by a law, decree or policy document has a mandate that covers OCSEA expressly and brings the sectors concerned together.',
      partial:
        'A child-protection coordination body exists but its mandate does not mention online abuse, or it leaves out law enforcement or industry.',
      no: 'There is no coordinating body.',
    },
    definedIn: FIRST,
  },
];

/** The ids of the provisions of one section, in checklist order. */
export function provisionIds(section: Provision['section']): string[] {
  return PROVISIONS.filter((p) => p.section === section).map((p) => p.id);
}

/** What each status means for this provision, in one text a reviewer reads beside it. */
export function guidanceText(provision: Provision): string {
  const { yes, partial, no, unclear } = provision.guidance;
  return `Yes: ${yes} Partial: ${partial} No: ${no} Unclear: ${unclear ?? UNCLEAR_GUIDANCE}`;
}
