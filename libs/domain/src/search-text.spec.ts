import { describe, expect, it } from '@jest/globals';
import { searchGrams, searchTextError, SEARCH_TEXT_MAX } from './search-text';

describe('searchTextError (issue #7: keywords are matched literally; only their length is limited)', () => {
  it.each([
    ['检验检测', null],
    ['%', null],
    ['检_测', null],
    ["' OR 1=1 --", null],
    ['a;DROP TABLE x', null],
    ['（有限合伙）', null],
    ['测'.repeat(SEARCH_TEXT_MAX), null],
    ['测'.repeat(SEARCH_TEXT_MAX + 1), `搜索词最多${SEARCH_TEXT_MAX}个字`],
  ])('%j → %j', (text, expected) => {
    expect(searchTextError(text)).toBe(expected);
  });
});

describe('searchGrams (issue #13: the bigram index of names; a keyword is contained only where all its bigrams are)', () => {
  it.each([
    ['', []],
    ['检', []],
    ['检测', ['检测']],
    ['检验检测', ['检测', '检验', '验检']],
    ['检测检测', ['检测', '测检']],
    ['ABc', ['ab', 'bc']],
    ['Ａb', ['Ａb']],
    ['100%', ['0%', '00', '10']],
    ['a b', [' b', 'a ']],
    ['𠀀测', ['𠀀测']],
  ])('%j → %j', (text, expected) => {
    expect(searchGrams(text)).toEqual(expected);
  });
});
