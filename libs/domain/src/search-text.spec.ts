import { describe, expect, it } from '@jest/globals';
import { searchTextError, SEARCH_TEXT_MAX } from './search-text';

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
