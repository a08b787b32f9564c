/** `dh new country` for the fictional Exampleland (XE), as the end-to-end tests scaffold it; add --root or --dir. */
export const NEW_EXAMPLELAND: readonly string[] = [
  'new',
  'country',
  '--iso',
  'XE',
  '--name',
  'Exampleland',
  '--synthetic',
  '--regions',
  'north:North;south:South',
  '--fieldwork-start',
  '2021-02-01',
  '--fieldwork-end',
  '2021-04-30',
  '--internet-using-children',
  '900000',
];
