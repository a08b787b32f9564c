import { recordTypesOf } from '@dh/core';
import { describe, expect, it } from 'vitest';
import { smallInstrument } from '../../test/core-fixtures.js';
import { fixtureInstrument } from '../../test/fixture-instrument.js';
import { child, descendants, parseXml } from '../../test/parse-xml.js';
import { ddiCodebook } from './ddi-codebook.js';
import { htmlCodebook } from './html-codebook.js';
import { markdownCodebook } from './markdown-codebook.js';

const allVariables = recordTypesOf(fixtureInstrument).flatMap((r) => r.fields.map((f) => f.name));

describe('the Markdown codebook', () => {
  const markdown = markdownCodebook(fixtureInstrument);

  it('has a section for every variable of every record type', () => {
    expect(allVariables.length).toBeGreaterThan(10);
    for (const name of allVariables) expect(markdown).toContain(`\`${name}\`\n`);
    expect(markdown).toMatch(/## Record type `child`/);
    expect(markdown).toMatch(/## Record type `sibling`/);
  });

  it('documents question, type, codes with missing codes marked, universe, constraint and self-completion', () => {
    const section = markdown.slice(markdown.indexOf('</a>`told_anyone`'), markdown.indexOf('</a>`told_whom`'));
    expect(section).toContain('- **Question:** Did you tell anyone?');
    expect(section).toContain('- **Type:** select one (yes\\_no)');
    expect(section).toContain('- **Universe:** Asked when asked\\_images is "yes"');
    expect(section).toContain('- **Self-completed:** **yes: the respondent answers alone on the tablet**');
    expect(section).toContain("| `dont_know` | Don't know | missing: don't know |");
    expect(section).toContain('| `refused` | Prefer not to say | missing: refused |');
    expect(section).toContain('| `yes` | Yes |  |');
    const hours = markdown.slice(markdown.indexOf('</a>`hours_online`'));
    expect(hours).toMatch(
      /- \*\*Constraint:\*\* the answer ≥ 0 and the answer ≤ 24 and the answer \\< 24 \(`\(\(\. >= 0\) and \(\. <= 24\)\) and \(\. < 24\)`\); message: Fewer than 24 hours, please/,
    );
  });

  it('escapes text that would otherwise turn into Markdown formatting or a table column', () => {
    expect(markdown).toContain('# Codebook: Fixture \\<survey\\> \\& "friends"');
    expect(markdown).toContain('| `3` | Someone \\| else \\*really\\* |  |');
  });
});

describe('the HTML codebook', () => {
  const html = htmlCodebook(fixtureInstrument);

  it('is one self-contained page: no scripts, no external resources', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/(src|href)="(?!#)/);
  });

  it('escapes every text', () => {
    expect(html).toContain('<h1>Codebook: Fixture &lt;survey&gt; &amp; &quot;friends&quot;</h1>');
    expect(html).toContain('your private parts &lt;when you did not want to&gt;?');
    expect(html).not.toContain('<survey>');
    expect(html).not.toContain('<when you');
  });

  it('lists every variable with a link to its section, and marks missing codes and self-completion', () => {
    for (const name of allVariables) expect(html).toMatch(new RegExp(`<a href="#var-\\w+-${name}"><code>${name}</code></a>`));
    expect(html).toContain(
      '<tr class="missing"><td><code>dont_know</code></td><td>Don&apos;t know</td><td>missing: don&apos;t know</td></tr>',
    );
    expect(html).toMatch(/id="var-child-asked_images"[\s\S]*?<dt>Self-completed<\/dt><dd><span class="flag">yes/);
  });
});

describe('the DDI-Codebook 2.5 XML', () => {
  const ddi = ddiCodebook(fixtureInstrument, { studyTitle: 'Disrupting Harm in Testland' });
  const root = parseXml(ddi);
  const vars = descendants(root, 'var');
  const variable = (name: string) => vars.find((v) => v.attributes['name'] === name);

  it('is well-formed XML in the DDI 2.5 namespace, sections in schema order', () => {
    expect(root.name).toBe('codeBook');
    expect(root.attributes).toMatchObject({ xmlns: 'ddi:codebook:2_5', version: '2.5' });
    expect(root.children.map((c) => c.name)).toEqual(['docDscr', 'stdyDscr', 'fileDscr', 'fileDscr', 'dataDscr']);
    expect(descendants(child(root, 'stdyDscr')!, 'titl')[0]?.text).toBe('Disrupting Harm in Testland');
  });

  it('lists every variable once, with ID, name, file and interval', () => {
    expect(vars.map((v) => v.attributes['name'])).toEqual(allVariables);
    const files = root.children.filter((c) => c.name === 'fileDscr').map((f) => f.attributes['ID']);
    expect(files).toEqual(['F-child', 'F-sibling']);
    expect(variable('age')?.attributes).toEqual({ ID: 'V-age', name: 'age', files: 'F-child', intrvl: 'contin' });
    expect(variable('sibling_age')?.attributes['files']).toBe('F-sibling');
    expect(variable('region')?.attributes['intrvl']).toBe('discrete');
    expect(new Set(vars.map((v) => v.attributes['ID'])).size).toBe(vars.length);
  });

  it('gives question text, universe, range, format and categories with missing codes flagged', () => {
    const asked = variable('asked_images')!;
    expect(asked.children.map((c) => c.name)).toEqual([
      'labl',
      'respUnit',
      'qstn',
      'universe',
      'catgry',
      'catgry',
      'catgry',
      'catgry',
      'varFormat',
      'notes',
      'notes',
    ]);
    expect(child(child(asked, 'qstn')!, 'qstnLit')?.text).toBe(
      'In the past year, did someone ask you for images of your private parts <when you did not want to>?',
    );
    expect(child(asked, 'universe')?.text).toBe('Asked when assent is "yes"');
    const categories = descendants(asked, 'catgry').map((c) => [child(c, 'catValu')?.text, c.attributes['missing'] ?? 'N']);
    expect(categories).toEqual([
      ['yes', 'N'],
      ['no', 'N'],
      ['dont_know', 'Y'],
      ['refused', 'Y'],
    ]);
    expect(child(variable('age')!, 'valrng')?.children[0]?.attributes).toEqual({ UNITS: 'INT', min: '12', max: '17' });
    expect(child(variable('hours_online')!, 'varFormat')?.attributes).toEqual({ type: 'numeric' });
    expect(child(variable('interview_date')!, 'varFormat')?.attributes).toMatchObject({ type: 'character', category: 'date' });
    expect(child(variable('any_experience')!, 'derivation')?.children.map((c) => c.text)).toEqual([
      'asked_images is "yes"',
      "${asked_images} = 'yes'",
    ]);
  });

  it('is produced from the small instrument too, repeat variables in their own file', () => {
    const small = parseXml(ddiCodebook(smallInstrument));
    expect(
      descendants(small, 'var')
        .filter((v) => v.attributes['files'] === 'F-member')
        .map((v) => v.attributes['name']),
    ).toEqual(['member_respondent_id', 'member_line', 'member_age']);
  });

  it('is checked by a parser that does reject broken XML', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow(/does not close/);
    expect(() => parseXml('<a>Tom & Jerry</a>')).toThrow(/bare &/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/twice/);
    expect(() => parseXml('<a/><b/>')).toThrow(/second root/);
    expect(() => parseXml('<a>')).toThrow(/never closed/);
  });
});
