/**
 * ISO 3166-1 alpha-2: every officially assigned code (249), and the user-assigned codes
 * that are free for private use (docs/formats.md § ISO codes), which we use for fictional
 * example countries.
 */
const ASSIGNED = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`
  .trim()
  .split(/\s+/);

export const ISO_3166_ALPHA2: ReadonlySet<string> = new Set(ASSIGNED);

/** AA, QM–QZ, XA–XZ, ZZ: reserved by ISO for private use. */
export function isUserAssignedCountryCode(code: string): boolean {
  return /^(AA|Q[M-Z]|X[A-Z]|ZZ)$/.test(code);
}

export function isCountryCode(code: string): boolean {
  return ISO_3166_ALPHA2.has(code) || isUserAssignedCountryCode(code);
}

/** Made when a name is first asked: loading the runtime's region names costs every command 20 ms at start-up. */
let regionNames: Intl.DisplayNames | undefined;

/** The English short name of an assigned code (from the runtime's CLDR data), if it has one. */
export function countryName(code: string): string | undefined {
  if (!ISO_3166_ALPHA2.has(code)) return undefined;
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  return regionNames.of(code);
}
