import { describe, expect, it } from 'vitest';
import { readProfileGroup, readProfileSetting } from './config-profiles';

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml').documentElement;

describe('readProfileSetting', () => {
  it.each([
    [
      'a group',
      '<entry name="r"><profile-setting><group><member>corp</member></group></profile-setting></entry>',
      { kind: 'group', group: 'corp' },
    ],
    [
      'individual profiles',
      `<entry name="r"><profile-setting><profiles>
        <virus><member>av</member></virus><spyware><member>as</member></spyware>
        <vulnerability><member>strict</member></vulnerability><url-filtering><member>url</member></url-filtering>
        <file-blocking><member>basic file blocking</member></file-blocking>
        <wildfire-analysis><member>wf</member></wildfire-analysis><data-filtering><member>df</member></data-filtering>
      </profiles></profile-setting></entry>`,
      {
        kind: 'profiles',
        byType: {
          antivirus: 'av',
          'anti-spyware': 'as',
          vulnerability: 'strict',
          'url-filtering': 'url',
          'file-blocking': 'basic file blocking',
          'wildfire-analysis': 'wf',
          'data-filtering': 'df',
        },
      },
    ],
    ['no profile-setting', '<entry name="r"><action>allow</action></entry>', { kind: 'none' }],
    [
      'an empty group',
      '<entry name="r"><profile-setting><group/></profile-setting></entry>',
      { kind: 'none' },
    ],
    [
      'profiles with unknown elements only',
      '<entry name="r"><profile-setting><profiles><sctp><member>x</member></sctp></profiles></profile-setting></entry>',
      { kind: 'none' },
    ],
    [
      'a profile-setting with a group inside a nested rule is not the rule’s',
      '<entry name="r"><other><profile-setting><group><member>g</member></group></profile-setting></other></entry>',
      { kind: 'none' },
    ],
  ])('%s', (_name, xml, expected) => {
    expect(readProfileSetting(parse(xml))).toEqual(expected);
  });
});

describe('readProfileGroup', () => {
  it('reads every type a group holds', () => {
    const group = parse(
      '<entry name="g"><virus><member>av</member></virus><vulnerability><member>vp</member></vulnerability></entry>',
    );
    expect(readProfileGroup(group)).toEqual({ antivirus: 'av', vulnerability: 'vp' });
  });
});
