import { describe, expect, it } from '@jest/globals';
import { searchTextError, SEARCH_TEXT_MESSAGE } from './search-text';

describe('searchTextError (Issue #4: SQL or wildcard characters in a text filter are bad input)', () => {
  it.each([
    ['检验检测', null],
    ['平泉 数字 科技', null],
    ['ISO9001', null],
    ['%', SEARCH_TEXT_MESSAGE],
    ['检_测', SEARCH_TEXT_MESSAGE],
    ["' OR 1=1", SEARCH_TEXT_MESSAGE],
    ['名称 -- 注释', SEARCH_TEXT_MESSAGE],
    ['a;DROP TABLE x', SEARCH_TEXT_MESSAGE],
    ['\u0000', SEARCH_TEXT_MESSAGE],
    ['检'.repeat(50), null],
    ['检'.repeat(51), '搜索词最多50个字'],
  ])('%j → %j', (text, expected) => {
    expect(searchTextError(text)).toBe(expected);
  });
});
