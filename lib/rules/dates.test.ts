import { describe, expect, it } from 'vitest';
import { displayDate, parseCmsDate } from './dates';

describe('parseCmsDate', () => {
  it.each([
    ['2021-09-08T14:49:35.540Z', '2021-09-08T14:49:35.540Z'],
    ['2020-11-6T08:00:00.000Z', '2020-11-06T08:00:00.000Z'],
    ['2021-9-8T8:5:3Z', '2021-09-08T08:05:03.000Z'],
    ['2020-11-06', '2020-11-06T00:00:00.000Z'],
    ['2020-1-6', '2020-01-06T00:00:00.000Z'],
    ['2021-09-08 14:49', '2021-09-08T14:49:00.000Z'],
    ['2021-09-08T14:49:35', '2021-09-08T14:49:35.000Z'],
    ['2021-09-08T14:49:35.5Z', '2021-09-08T14:49:35.500Z'],
    ['2021-09-08T14:49:35.123456789Z', '2021-09-08T14:49:35.123Z'],
    ['2021-09-08T14:49:35.540+02:00', '2021-09-08T12:49:35.540Z'],
    ['2021-09-08T14:49:35+0200', '2021-09-08T12:49:35.000Z'],
    ['2021-01-31T23:00:00-05:00', '2021-02-01T04:00:00.000Z'],
    ['2021-09-08t14:49:35z', '2021-09-08T14:49:35.000Z'],
    ['  2022-06-07T09:48:21.994Z  ', '2022-06-07T09:48:21.994Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2000-02-29', '2000-02-29T00:00:00.000Z'],
  ])('%j -> %j', (raw, iso) => {
    expect(parseCmsDate(raw)).toBe(iso);
  });

  it.each([
    ['2021-02-30'],
    ['2021-02-30T10:00:00.000Z'],
    ['2021-02-30T10:00:00+02:00'],
    ['2021-04-31T10:00:00+01:00'],
    ['2023-02-29'],
    ['1900-02-29'],
    ['2021-13-01'],
    ['2021-00-10'],
    ['2021-01-00'],
    ['2021-01-01T24:00:00Z'],
    ['2021-01-01T23:60:00Z'],
    ['2021-01-01T23:59:60Z'],
    ['2021-01-01T10:00:00+15:00'],
    ['2021-01-01T10:00:00+02:60'],
    ['garbage'],
    ['next Tuesday'],
    ['08/09/2021'],
    ['2021-09-08T'],
    ['20210908'],
    [''],
  ])('%j is refused', (raw) => {
    expect(parseCmsDate(raw)).toBeNull();
  });

  it('takes a Date as it is, and refuses an invalid one or a non-string', () => {
    expect(parseCmsDate(new Date('2021-09-08T14:49:35.540Z'))).toBe('2021-09-08T14:49:35.540Z');
    expect(parseCmsDate(new Date('nope'))).toBeNull();
    expect(parseCmsDate(2021)).toBeNull();
    expect(parseCmsDate(undefined)).toBeNull();
    expect(parseCmsDate(null)).toBeNull();
  });
});

describe('displayDate', () => {
  it('prints the UTC calendar day, whatever the machine zone', () => {
    expect(displayDate('2021-09-08T14:49:35.540Z')).toBe('September 8, 2021');
    expect(displayDate('2021-09-08T23:59:59.000Z')).toBe('September 8, 2021');
    expect(displayDate('2021-01-01T00:00:00.000Z')).toBe('January 1, 2021');
  });
});
