import { respondentTypeList, type RespondentTypeDraft } from '@dh/core';

/**
 * Whom activity 6 interviews (docs/methodology.md § the nine activities: senior duty-bearers,
 * up to twelve): the people responsible for the legal and policy environment, by the area they
 * answer for. The split of the twelve is this project's (dh): child protection leads, as the
 * area most national plans give the lead, and every other area the response depends on is heard.
 * All are adults asked their sector, since an area may be served by government or by others.
 */
export const RESPONDENT_TYPES: readonly RespondentTypeDraft[] = [
  {
    code: 'child_protection',
    label: 'Senior official responsible for child protection or social welfare (ministry or national child-protection service)',
    professional: true,
    planned: 3,
  },
  {
    code: 'justice_policy',
    label: 'Senior official responsible for justice or policing policy (ministry of justice or interior, police or prosecution leadership)',
    professional: true,
    planned: 2,
  },
  { code: 'education', label: 'Senior official responsible for education', professional: true, planned: 1 },
  { code: 'health', label: 'Senior official responsible for health', professional: true, planned: 1 },
  {
    code: 'ict_regulation',
    label: 'Senior official of the ICT or telecommunications regulator, or of the ministry responsible for ICT',
    professional: true,
    planned: 2,
  },
  {
    code: 'oversight',
    label:
      "Official of an independent institution or of parliament (human-rights commission, children's ombudsperson, parliamentary committee)",
    professional: true,
    planned: 1,
  },
  {
    code: 'civil_society_lead',
    label: 'Head or senior staff member of a non-governmental or international organisation working on child protection',
    professional: true,
    planned: 2,
  },
];

export const RESPONDENT_TYPE_LIST = respondentTypeList(RESPONDENT_TYPES);

/** The organisations duty-bearers work for (codes of core's SECTORS): government first, as most are. */
export const SECTORS = ['government', 'independent_institution', 'parliament', 'ngo', 'international', 'other_sector'] as const;
