import { describe, expect, it } from 'vitest';
import { twitterHandle } from './twitter';

describe('twitterHandle', () => {
  it.each([
    ['@OpenInfraDev', '@OpenInfraDev'],
    ['OpenInfraDev', '@OpenInfraDev'],
    ['twitter.com/openinfradev', '@openinfradev'],
    ['https://twitter.com/OpenInfraDev', '@OpenInfraDev'],
    ['http://www.twitter.com/OpenInfraDev/', '@OpenInfraDev'],
    ['https://mobile.twitter.com/openstack?lang=en', '@openstack'],
    ['https://x.com/foo', '@foo'],
    ['x.com/@foo_bar', '@foo_bar'],
    ['@OpenInfraDev   ', '@OpenInfraDev'],
    ['  OpenInfraDev\t', '@OpenInfraDev'],
    ['twitter.com/openinfradev ', '@openinfradev'],
    ['a', '@a'],
    ['fifteen_chars_x', '@fifteen_chars_x'],
  ])('%j -> %j', (raw, handle) => {
    expect(twitterHandle(raw)).toEqual({ handle, warning: null });
  });

  it.each([[undefined], [null], [''], ['   ']])('%j is no handle and no warning (the field is optional)', (raw) => {
    expect(twitterHandle(raw)).toEqual({ handle: null, warning: null });
  });

  it.each([
    ['Open Infra Dev'],
    ['@@OpenInfraDev'],
    ['@'],
    ['sixteen_chars_xx'],
    ['open-infra'],
    ['https://example.com/OpenInfraDev'],
    ['https://x.com/'],
    ['https://x.com/home'],
    ['https://twitter.com/intent/tweet?text=hi'],
    ['https://x.com/OpenInfraDev/status/123'],
    ['<script>alert(1)</script>'],
  ])('%j is refused with a warning that says how to write it', (raw) => {
    expect(twitterHandle(raw)).toEqual({
      handle: null,
      warning: `"${raw.trim()}" is not a Twitter/X handle; write it as @name (letters, digits and _ only, at most 15)`,
    });
  });
});
