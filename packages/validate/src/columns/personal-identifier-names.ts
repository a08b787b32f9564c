/**
 * Column names that suggest personal identifiers (docs/methodology.md § reporting and data
 * protection: records carry codes, never names, phone numbers, emails or addresses). Names
 * are split into words so `child_name`, `ChildName` and `child-name` read alike, and so
 * `platform_name` or `school_id` do not raise a false alarm.
 */
export type IdentifierKind = 'names' | 'phone numbers' | 'email addresses' | 'addresses' | 'precise locations';

/** Words naming a thing, not a person: `platform_name`, `file_name`, `form_name`. */
const NOT_A_PERSON = new Set([
  'platform',
  'app',
  'application',
  'file',
  'form',
  'instance',
  'device',
  'site',
  'org',
  'organisation',
  'organization',
  'sheet',
  'list',
  'table',
  'variable',
  'field',
  'brand',
  'company',
  'school',
  'user',
  'product',
  'group',
  'game',
  'channel',
  'stratum',
  'region',
  'district',
  'village',
  'team',
  'sender',
  'account',
  'display',
  'host',
]);

const NAME_WORDS = new Set([
  'name',
  'names',
  'surname',
  'firstname',
  'lastname',
  'fullname',
  'givenname',
  'familyname',
  'nom',
  'nombre',
  'nome',
  'jina',
  'prenom',
]);
const PHONE_WORDS = new Set([
  'phone',
  'phones',
  'telephone',
  'tel',
  'mobile',
  'cellphone',
  'msisdn',
  'whatsapp',
  'phonenumber',
  'telefono',
  'telefone',
]);
const EMAIL_WORDS = new Set(['email', 'emails', 'mail']);
const ADDRESS_WORDS = new Set(['address', 'addr', 'street', 'housenumber', 'postcode', 'zipcode', 'adresse', 'direccion', 'endereco']);
const LOCATION_WORDS = new Set(['gps', 'geopoint', 'latitude', 'longitude', 'lat', 'lon', 'lng', 'coordinates', 'geolocation']);

export function columnWords(column: string): string[] {
  return column
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/** What a column's name says it holds, or undefined when it looks harmless. */
export function identifierKindOfColumn(column: string): IdentifierKind | undefined {
  const words = columnWords(column);
  const has = (set: ReadonlySet<string>) => words.some((word) => set.has(word));
  // "e-mail" splits into "e" and "mail".
  if (has(EMAIL_WORDS)) return 'email addresses';
  if (has(PHONE_WORDS)) return 'phone numbers';
  if (has(ADDRESS_WORDS)) return 'addresses';
  if (has(LOCATION_WORDS)) return 'precise locations';
  if (has(NAME_WORDS) && !has(NOT_A_PERSON)) return 'names';
  return undefined;
}
