// Every interview activity made with core's interview kit reads a team's REFI-QDA project export
// (.qdpx) as its coded segments: the frame's `segments` names the record's fields, so the export
// fills them all, and the kit's rules judge the codings like any table of segments.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  defineCodingFrame,
  defineInterviewGuide,
  defineInterviewStudy,
  IssueCatalogue,
  respondentTypeList,
  SHARED_THEME_CODES,
  themeCode,
  type RespondentTypeDraft,
} from '@dh/core';
import { themeGuid } from '@dh/core';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { exitCodeOf, validateDataset } from '../src/index.js';

const root = mkdtempSync(join(tmpdir(), 'dh-qdpx-kit-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const TYPES: readonly RespondentTypeDraft[] = [{ code: 'officer', label: 'Police officer', professional: true, planned: 1 }];
const study = defineInterviewStudy({
  activityId: 'kit-test',
  version: '1.0.0',
  prefix: 'kt',
  name: 'Kit test interviews',
  respondentTypes: TYPES,
  sectors: ['government'],
  guide: defineInterviewGuide({
    id: 'kt_guide',
    title: 'Kit test guide',
    version: '1.0.0',
    purpose: 'To test the kit.',
    respondentTypes: respondentTypeList(TYPES),
    opening: [['consent', 'Taking part is voluntary. Do you agree?']],
    sections: [{ id: 'work', title: 'Work', questions: [{ id: 'cases', text: 'What cases reach you?' }] }],
    closing: [['help', 'Here is where to get help.']],
    notes: [['no_names', 'Never write a name.']],
  }),
  frame: defineCodingFrame({
    id: 'kt_frame',
    title: 'Kit test frame',
    version: '1.0.0',
    codes: [
      themeCode({
        id: 'kt_capacity',
        label: 'Capacity of the unit',
        definition: 'What the unit can and cannot do.',
        include: 'Staff, equipment, budget.',
        exclude: 'Attitudes: victim_blaming.',
        example: 'We have one laptop for the whole unit.',
        children: [SHARED_THEME_CODES.lack_of_training],
      }),
      SHARED_THEME_CODES.victim_blaming,
    ],
  }),
});
const activity = study.build(undefined, study.defaultPlanned);
const catalogue = IssueCatalogue.of([{ id: 'kit-test', issues: study.issues }]);

const USER = '11111111-2222-3333-4444-555555555555';
const FOREIGN = 'a0a0a0a0-b1b1-c2c2-d3d3-e4e4e4e4e4e4';
const SOURCE = ['c0c0c0c0-0000-4000-8000-000000000001', 'c0c0c0c0-0000-4000-8000-000000000002'] as const;
const transcript = 'A: Nobody trained us for phones. A: They say the girl sent the pictures. A: The bribes are the real problem.';

function coding(n: number, phrase: string, code: string): string {
  const start = transcript.indexOf(phrase);
  return `<PlainTextSelection guid="d0d0d0d0-0000-4000-8000-00000000000${n}" startPosition="${start}" endPosition="${start + phrase.length}" creatingUser="${USER}"><Coding guid="e0e0e0e0-0000-4000-8000-00000000000${n}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`;
}

/** A project as NVivo exports it: the kit's codes (nested) and one the team added, and two transcripts. */
const project = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="KT interviews" origin="NVivo 14" creatingUserGUID="${USER}">
  <CodeBook><Codes>
    <Code guid="${themeGuid('kt_capacity')}" name="Capacity of the unit" isCodable="true">
      <Code guid="${themeGuid('lack_of_training')}" name="Lack of training" isCodable="true"/>
    </Code>
    <Code guid="${themeGuid('victim_blaming')}" name="Victim-blaming attitudes" isCodable="true"/>
    <Code guid="${FOREIGN}" name="Corruption in the unit" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="${SOURCE[0]}" name="KT-001.txt">
      <PlainTextContent>${transcript}</PlainTextContent>
      ${coding(1, 'Nobody trained us for phones.', themeGuid('lack_of_training'))}
      ${coding(2, 'They say the girl sent the pictures.', themeGuid('victim_blaming'))}
      ${coding(3, 'The bribes are the real problem.', FOREIGN)}
    </TextSource>
    <TextSource guid="${SOURCE[1]}" name="KT-009.txt">
      <PlainTextContent>${transcript}</PlainTextContent>
      ${coding(4, 'Nobody trained us for phones.', themeGuid('kt_capacity'))}
    </TextSource>
  </Sources>
</Project>`;

const LOG = [
  'interview_code,interviewer_code,respondent_type,sector,region,interview_date,interview_language,interview_mode,consent,duration_minutes,interview_end,referral_offered',
  'KT-001,INT01,officer,government,region_a,2026-03-02,en,in_person,yes,55,completed,yes',
].join('\n');

function write(name: string, content: Uint8Array | string): string {
  const path = join(root, name);
  writeFileSync(path, content);
  return path;
}

describe('a REFI-QDA project export of an interview activity made with the kit', () => {
  it('validates as its coded segments, each field filled, with the kit rules judging the codings', async () => {
    const qdpx = write('coded.qdpx', zipSync({ 'project.qde': strToU8(project) }));
    const result = await validateDataset({
      activity,
      catalogue,
      files: [write('interview_log.csv', LOG), qdpx],
      collect: new Map([['coded_segment', ['interview_code', 'theme', 'frame_version', 'excerpt']]]),
    });
    const segments = result.collected.get('coded_segment');
    const column = (name: string) => segments?.columns.get(name) ?? [];
    expect(column('interview_code')).toEqual(['KT-001', 'KT-001', 'KT-001', 'KT-009']);
    expect(column('theme')).toEqual(['lack_of_training', 'victim_blaming', 'Corruption in the unit', 'kt_capacity']);
    expect(column('frame_version')).toEqual(['1.0.0', '1.0.0', '1.0.0', '1.0.0']);
    expect(column('excerpt')[0]).toBe('Nobody trained us for phones.');
    // No column is missing or extra: the export is exactly the kit's record. The code the team
    // added is reported once, as outside the frame; the transcript with no interview in the log as a broken link.
    expect(result.issues.map((i) => `${i.code} ${i.field ?? ''} ${i.row ?? ''}`).sort()).toEqual([
      'broken-link interview_code 4',
      'kit-test/theme-outside-frame theme 3',
    ]);
    // Both are errors: dh validate exits 1, "fix before handing over".
    expect(exitCodeOf(result)).toBe(1);
  });
});
