import { q, type Disaggregation } from '@dh/core';

/**
 * By sector and by role (docs/methodology.md § frontline-worker-survey). Roles are grouped
 * into three: with about 50 workers, eight roles would leave nearly every cell under the
 * suppression threshold, and three groups still tell social and case work (social workers,
 * case workers, child protection officers), counselling (counsellors, helpline counsellors)
 * and other roles (health, community, other) apart. Labels are short, as charts show them.
 * Cells under the assessment's threshold are suppressed by the shared analysis.
 */
export const FRONTLINE_DISAGGREGATIONS: readonly Disaggregation[] = [
  {
    id: 'sector',
    title: 'Sector',
    levels: [
      { code: 'government', label: 'Government', when: q('sector').eq('government') },
      { code: 'ngo', label: 'NGOs', when: q('sector').eq('ngo') },
      { code: 'other_sector', label: 'Other sectors', when: q('sector').eq('other_sector') },
    ],
  },
  {
    id: 'role',
    title: 'Role (grouped)',
    levels: [
      {
        code: 'social_work',
        label: 'Social and case work',
        when: q('role').in('social_worker', 'case_worker', 'child_protection_officer'),
      },
      { code: 'counselling', label: 'Counselling', when: q('role').in('counsellor', 'helpline_counsellor') },
      { code: 'other_roles', label: 'Other roles', when: q('role').in('health_worker', 'community_worker', 'other_role') },
    ],
  },
];
