// A coding frame of law-enforcement themes and its coded-segment record type: the activity the
// REFI-QDA (.qdpx) reader tests validate project exports against.
import { codeOf, defineCodingFrame, defineRecordType, frameCodes, freeText, recordList, type BuiltActivity } from '@dh/core';
import { z } from 'zod';

export const frame = defineCodingFrame({
  id: 'le_frame',
  title: 'Law-enforcement themes',
  version: '1.1.0',
  codes: [
    {
      id: 'capacity',
      label: 'Capacity',
      definition: 'What the unit can and cannot do.',
      children: [{ id: 'training_gap', label: 'Lack of training', definition: 'Not trained for online cases.' }],
    },
    { id: 'victim_blaming', label: 'Victim-blaming attitudes', definition: 'Children are held responsible.' },
  ],
  segments: {
    recordType: 'coded_segment',
    fields: { interview: 'interview_code', theme: 'theme_code', frameVersion: 'frame_version', excerpt: 'excerpt' },
  },
});
const themes = recordList(
  'theme',
  frameCodes(frame).map((c) => [c.id, c.label.en] as const),
);
const segment = defineRecordType({
  name: 'coded_segment',
  title: 'Coded segments',
  key: [],
  instrument: { id: 'le_frame', version: '1.1.0' },
  lists: [themes],
  schema: z.strictObject({
    interview_code: z.string().regex(/^LE-\d{3}$/),
    theme_code: codeOf(themes),
    frame_version: z.string(),
    excerpt: freeText(300).nullable(),
  }),
});
export const qdpxActivity: BuiltActivity = {
  instruments: [frame],
  recordTypes: [segment],
  links: [],
  recordRules: [],
  datasetRules: [],
  derivedVariables: [],
  designs: [],
  consent: [],
  disaggregations: [],
  indicators: [],
  tables: [],
};
