import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { reportFormError } from './form-errors';

const gqlError = (extensions: Record<string, unknown>, message = '服务器说明') =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] } as never);

/** A stand-in for an antd form: records what would be shown beside the fields. */
function fakeForm() {
  const shown: { name: (string | number)[]; errors: string[] }[] = [];
  return { form: { setFields: (f: typeof shown) => shown.push(...f) } as never, shown };
}

describe('reportFormError: field errors beside the fields, the rest above the form', () => {
  it.each([
    [
      'a conflict (no field errors)',
      gqlError({ code: 'CONFLICT' }, '该指标体系已被他人修改，请刷新后重试'),
      '该指标体系已被他人修改，请刷新后重试',
    ],
    ['forbidden', gqlError({ code: 'FORBIDDEN' }, '无权执行此操作'), '无权执行此操作'],
    ['a lost connection', new TypeError('Failed to fetch'), '无法连接服务器，请检查网络后重试'],
    ['an HTTP 502', new ServerError('bad gateway', { response: { status: 502 } as Response, bodyText: '' } as never), /服务暂时不可用/],
  ])('%s is said above the form, nothing beside a field', (_name, error, above) => {
    const { form, shown } = fakeForm();
    const banner = reportFormError(form, error, ['name']);
    if (above instanceof RegExp) expect(banner).toMatch(above);
    else expect(banner).toBe(above);
    expect(shown).toEqual([]);
  });

  it('field errors the form has go beside their fields (list paths as Form.List names), nothing above', () => {
    const { form, shown } = fakeForm();
    const error = gqlError({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'name', code: 'REQUIRED', message: '请填写名称' },
        { field: 'indicators.2.points', code: 'TOTAL', message: '分值合计应为100' },
      ],
    });
    expect(reportFormError(form, error, ['name', 'indicators'])).toBeNull();
    expect(shown).toEqual([
      { name: ['name'], errors: ['请填写名称'] },
      { name: ['indicators', 2, 'points'], errors: ['分值合计应为100'] },
    ]);
  });

  it('field errors no field can show are said above the form; the others still go beside theirs', () => {
    const { form, shown } = fakeForm();
    const error = gqlError({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'name', code: 'TOO_LONG', message: '名称最多50字' },
        { field: 'query.filter.values', code: 'maxLength', message: '比较值最多200个字符' },
        { field: 'chart.x', code: 'UNKNOWN', message: '横轴无效' },
      ],
    });
    expect(reportFormError(form, error, ['name', 'description'])).toBe('比较值最多200个字符；横轴无效');
    expect(shown).toEqual([{ name: ['name'], errors: ['名称最多50字'] }]);
  });

  it('a form may say path by path what it shows (a list row whose input depends on its kind); the rest goes above', () => {
    const { form, shown } = fakeForm();
    const error = gqlError({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'description', code: 'REQUIRED', message: '请填写变化情况说明' },
        { field: 'changes', code: 'FIELD_MISSING', message: '更名须填写变化后的单位名称' },
        { field: 'changes.0.after', code: 'UNCHANGED', message: '变化后的邮政编码与登记信息相同' },
        { field: 'changes.1.after', code: 'REQUIRED', message: '请填写变化后的所在地' },
      ],
    });
    // Row 1 edits its value in another input (a cascader), so its `after` has no field on the form.
    const shows = (field: string) => field === 'description' || field === 'changes.0.after';
    expect(reportFormError(form, error, shows)).toBe('更名须填写变化后的单位名称；请填写变化后的所在地');
    expect(shown).toEqual([
      { name: ['description'], errors: ['请填写变化情况说明'] },
      { name: ['changes', 0, 'after'], errors: ['变化后的邮政编码与登记信息相同'] },
    ]);
  });

  it('several errors of one field are shown together beside it', () => {
    const { form, shown } = fakeForm();
    const error = gqlError({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'note', code: 'TOO_LONG', message: '说明最多500个字' },
        { field: 'note', code: 'FORBIDDEN_WORD', message: '说明含有不允许的内容' },
      ],
    });
    expect(reportFormError(form, error, ['note'])).toBeNull();
    expect(shown).toEqual([{ name: ['note'], errors: ['说明最多500个字', '说明含有不允许的内容'] }]);
  });
});
