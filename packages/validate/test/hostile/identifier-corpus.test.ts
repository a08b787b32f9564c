import { describe, expect, it } from 'vitest';
import { identifierInText, maskIdentifiers, MAX_SCANNED_CHARS } from '../../src/values/personal-identifier-values.js';
import { idNumberSpans } from '../../src/values/national-id-numbers.js';

/** Text a partner's free-text column may hold, and what it identifies. */
const POSITIVES: readonly (readonly [string, string])[] = [
  ['call +254 712 345 678', 'a phone number'],
  ['ring 0712-345-678 after 5', 'a phone number'],
  ['(021) 555 0199', 'a phone number'],
  ['my number is 0712345678', 'a phone number'],
  ['whatsapp +255754123456 anytime', 'a phone number'],
  ['06 12 34 56 78', 'a phone number'],
  ['555.123.4567', 'a phone number'],
  ['mail me at amina.k@example.org', 'an email address'],
  ['AMINA_K+test@mail.example.co.tz.', 'an email address'],
  ['Mr Juma told us', 'a name'],
  ['Mrs. Wanjiku Kamau is her teacher', 'a name'],
  ['ask Dr Achieng', 'a name'],
  ['Mx Rivera', 'a name'],
  ['Miss Amina', 'a name'],
  ['Bw. Otieno', 'a name'],
  ['Bi Kidude', 'a name'],
  ['Mwalimu Nyerere', 'a name'],
  ['la Sra. García dijo', 'a name'],
  ['Sr Pérez', 'a name'],
  ['il Sig. Rossi', 'a name'],
  ['M. Dupont', 'a name'],
  ['Mme Diallo', 'a name'],
  ['Pak Budi', 'a name'],
  ['Bu Sari', 'a name'],
  ['Ibu Ratna', 'a name'],
  ['Nang Keo', 'a name'],
  ['Ông Nguyễn Văn Nam', 'a name'],
  ['Bà Lan', 'a name'],
  ['Inspector Mwangi told us', 'a name'],
  ['Judge Otieno adjourned it', 'a name'],
  ['Sergeant Kamau', 'a name'],
  ['Constable Wekesa took the statement', 'a name'],
  ['Detective Inspector Achieng', 'a name'],
  ['Magistrate Njoroge', 'a name'],
  ['Prosecutor Odhiambo', 'a name'],
  ['Officer Chebet', 'a name'],
  ['Superintendent Mutua', 'a name'],
  ['Commissioner Ruto', 'a name'],
  ['Chief Justice Koome', 'a name'],
  ['Hon. Wetangula', 'a name'],
  ['Honourable Omondi', 'a name'],
  ['Sgt. Kiprop', 'a name'],
  ['Insp Wanjiru', 'a name'],
  ['the Inspector General Kanja', 'a name'],
  // Words that after a rank name an office or a law are names after any other title.
  ['Mr Bill Kamau said so', 'a name'],
  ['Dr Law Wanjiru', 'a name'],
  ['Mrs. Court', 'a name'],
  ['lives at 12 Moi Avenue', 'a street address'],
  ['221B Baker Street', 'a street address'],
  ['45 Kenyatta Rd', 'a street address'],
  ['7 rue Lepic', 'a street address'],
  ['12 lane', 'a street address'],
  ['Calle Mayor 12', 'a street address'],
  ['Jalan Sudirman No. 5', 'a street address'],
  ['Barabara ya Nyerere 23', 'a street address'],
  ['P.O. Box 1234, Arusha', 'a street address'],
  ['PO Box 77', 'a street address'],
  ['her ID is 12345678', 'an ID number'],
  ['NIK 3174012345678901', 'an ID number'],
];

const NEGATIVES: readonly string[] = [
  'I was 14 in 2021',
  'about 3 hours, 2 days a week',
  'met at @school',
  'grade 10, class 10B',
  'household H00012-C2 in EA0001',
  'interviewed on 2021-03-05 and 05.03.2021 and 5/3/2021',
  'compact date 20210305',
  'school year 2019-2020',
  'weight 3.14159265 kg, ratio 1234567.89',
  'paid 1.500.000 shillings, then 1500000 more',
  'children aged 10 12 14 16',
  'from 10.30-11.45',
  'I miss Mombasa',
  'the mr and mrs were not named',
  'Mr',
  'we walked 3 km along the road',
  'on the road 5 times',
  'an @ sign and a.b',
  'a@b',
  'x@y.z',
  'Mama said no',
  'The inspector said no',
  'Inspector said no',
  'the judge adjourned the case twice',
  'Justice delayed is justice denied',
  'we went to the Magistrate. She was kind',
  'the Inspector General said so',
  'the Officer In Charge refused',
  'the Officer Commanding Station was away',
  'the Access to Justice Programme paid for a lawyer',
  'under the Juvenile Justice Act',
  'the Criminal Justice Bill was never passed',
];

describe('personal identifiers in free text: corpus', () => {
  it.each(POSITIVES)('finds an identifier in %j', (text, kind) => {
    expect(identifierInText(text)).toBe(kind);
  });

  it.each(NEGATIVES)('finds none in %j', (text) => {
    expect(identifierInText(text)).toBeUndefined();
  });

  it('masks every identifier with a placeholder and keeps the rest of the sentence', () => {
    const text = 'Mr Juma (0712 345 678, juma@example.org) lives at 12 Moi Avenue, ID 12345678, since 2021-03-05.';
    expect(maskIdentifiers(text)).toBe('Mr [name] ([phone number], [email address]) lives at [address], ID [ID number], since 2021-03-05.');
    expect(maskIdentifiers('Inspector Mwangi told us, and Judge Otieno agreed')).toBe('Inspector [name] told us, and Judge [name] agreed');
  });

  it('leaves text without identifiers exactly as it is', () => {
    for (const text of NEGATIVES) expect(maskIdentifiers(text)).toBe(text);
  });

  it('takes extra national ID formats per country, keeping the defaults', () => {
    const myKad = /\b\d{6}-\d{2}-\d{4}\b/;
    const ugandaNin = /\bC[MF][A-Z0-9]{12}\b/;
    expect(identifierInText('NIN CM12345678ABCD')).toBeUndefined();
    expect(identifierInText('NIN CM12345678ABCD', { idPatterns: [ugandaNin] })).toBe('an ID number');
    expect(identifierInText('IC 900101-14-5678', { idPatterns: [myKad] })).toBe('an ID number');
    expect(maskIdentifiers('NIN CM12345678ABCD ok', { idPatterns: [ugandaNin] })).toBe('NIN [ID number] ok');
    expect(idNumberSpans('id 12345678 and CM12345678ABCD', [ugandaNin]).map((span) => span.start)).toEqual([3, 16]);
  });

  it('scans only the first MAX_SCANNED_CHARS characters of a cell, and masking leaves out what was not scanned', () => {
    const padding = 'x '.repeat(MAX_SCANNED_CHARS);
    expect(identifierInText(`${padding}call 0712345678`)).toBeUndefined();
    expect(identifierInText(`${padding}call 0712345678`, { maxChars: Infinity })).toBe('a phone number');
    const masked = maskIdentifiers(`call 0712345678 ${padding}juma@example.org`);
    expect(masked.startsWith('call [phone number] x x')).toBe(true);
    expect(masked.endsWith('…')).toBe(true);
    expect(masked).not.toContain('juma');
    expect(masked.length).toBeLessThan(MAX_SCANNED_CHARS + 20);
  });
});

describe('personal identifiers in free text: linear time', () => {
  // Each would take minutes or hours with a backtracking pattern; a linear scan takes milliseconds.
  // Scanned whole (no length cap), so the scanners themselves are what is shown linear.
  const megabyte = 1024 * 1024;
  const adversarial: readonly (readonly [string, string])[] = [
    ['the reported e-mail cell', `a@${'a.'.repeat(megabyte / 2)}1`],
    ['dots around at signs', `${'a.'.repeat(megabyte / 4)}@${'.a'.repeat(megabyte / 4)}`],
    ['at signs only', '@'.repeat(megabyte)],
    ['local parts without domains', 'a@'.repeat(megabyte / 2)],
    ['digits and separators', '1 -'.repeat(megabyte / 3)],
    ['single digits with two separators', '1()'.repeat(megabyte / 3)],
    ['honorifics without names', 'Mr. '.repeat(megabyte / 4)],
    ['honorifics before long words', `Mr ${'A'.repeat(megabyte)}`],
    ['ranks without names', 'Inspector General '.repeat(megabyte / 18)],
    ['ranks before words that are no names', 'Officer In '.repeat(megabyte / 11)],
    ['ranks before one long word that is no name', `Officer In${'n'.repeat(megabyte)}`],
    ['numbers before street words', '1 Road '.repeat(megabyte / 7)],
    ['capitalised words without a street word', `12 ${'Abc '.repeat(megabyte / 4)}`],
  ];

  it.each(adversarial)('finishes on 1 MB of %s', (_name, text) => {
    expect(text.length).toBeGreaterThan(megabyte * 0.9);
    const kind = identifierInText(text, { maxChars: Infinity });
    expect(kind === undefined || typeof kind === 'string').toBe(true);
    expect(typeof maskIdentifiers(text, { maxChars: Infinity })).toBe('string');
  });
});
