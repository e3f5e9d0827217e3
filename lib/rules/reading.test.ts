import fs from 'node:fs';
import path from 'node:path';
import readingTime from 'reading-time';
import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from './reading';

const library = (text: string) => Math.max(1, Math.round(readingTime(text).minutes));
const words = (text: string) => readingTime(text).words;

/** Every markdown file below `dir`. */
const markdownUnder = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => path.join(e.parentPath, e.name))
    : [];

describe('readingMinutes', () => {
  it('gives what reading-time gives on every post of the samples, the fixtures and the content folder', () => {
    const files = [...markdownUnder('content'), ...markdownUnder('test/fixtures'), ...markdownUnder('e2e/fixtures'), ...markdownUnder('../shared/seeds')];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      expect(countWords(text), file).toBe(words(text));
      expect(readingMinutes(text), file).toBe(library(text));
    }
  });

  it('counts words as reading-time does at every edge: separators, other spaces, CJK, punctuation', () => {
    const samples = [
      '', ' ', '\n\t\r ', 'one', ' one ', 'one two', 'one\ttwo\nthree\r\nfour', 'a\u00a0b', 'a\u2003b c', 'a\fb\vc',
      '—', '- - -', '# Heading\n\nBody.', '日本語の文章です。', '한국어 문장', 'ひらがなだけ', 'Mixed 日本 text, 한국어 and ひらがな!', '漢字。。。 next', '😀 emoji 😀',
    ];
    for (const text of samples) {
      expect(countWords(text), JSON.stringify(text)).toBe(words(text));
      expect(readingMinutes(text.repeat(150)), JSON.stringify(text)).toBe(library(text.repeat(150)));
    }
    // Around the rounding edges: 299, 300 and 301 words.
    for (const n of [1, 99, 100, 101, 299, 300, 301, 499, 500]) {
      const text = Array.from({ length: n }, (_, i) => `w${i}`).join(separatorFor(n));
      expect(countWords(text)).toBe(n);
      expect(readingMinutes(text), String(n)).toBe(library(text));
    }
  });

  it('random text of words, the four separators, other spaces and CJK gives what reading-time gives', () => {
    // Half the rounds without the characters reading-time counts one by one: those take the quick count.
    const plain = ['word', 'a', ' ', '\n', '\t', '\r', '\u00a0', '\u3000', '。', '!', 'é', '\ud83d\ude00', '\u2028'];
    // Each of reading-time's three ranges alone in its rounds: Hiragana, CJK ideographs, Hangul.
    const scripts = [[...plain, 'ひ'], [...plain, '日'], [...plain, '한']];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 600; round++) {
      const pieces = round % 2 ? scripts[(round >> 1) % 3]! : plain;
      const text = Array.from({ length: next() % 1200 }, () => pieces[next() % pieces.length]).join('');
      expect(countWords(text), JSON.stringify(text.slice(0, 40))).toBe(words(text));
      expect(readingMinutes(text), JSON.stringify(text.slice(0, 40))).toBe(library(text));
    }
  });
});

/** A separator per length, so each of the four is seen. */
function separatorFor(n: number): string {
  return [' ', '\n', '\t', '\r'][n % 4]!;
}
