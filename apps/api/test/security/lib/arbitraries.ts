import fc from 'fast-check';
import { IntrospectionInputObjectType, IntrospectionInputValue, IntrospectionType, IntrospectionTypeRef } from 'graphql';
import { makeUscc } from '@hebei/domain';

/**
 * fast-check arbitraries for GraphQL arguments, generated from the schema's input types. Values are a mix of plausible
 * ones (so that calls get past validation into the services) and hostile ones: wrong types, explicit nulls, unknown
 * fields, huge numbers, long and odd strings, look-alike ids and dates outside any calendar.
 */

const NASTY_STRINGS = [
  '',
  ' ',
  '\u3000',
  "'",
  '"',
  "'; DROP TABLE user_account; --",
  '%',
  '_',
  '\\',
  '\0',
  '\u202e',
  '😀',
  '𠀀',
  '\ud800',
  '<script>alert(1)</script>',
  '${7*7}',
  '__proto__',
  'constructor',
  'null',
  'NaN',
  '0x1',
  '1e1',
  ' 1',
  '01',
  '-1',
  '0',
  '99999999999',
  '0000-02-29',
  '2026-02-30',
  '1899-12-31',
  '2101-01-01',
  '9999-12-31',
  '2026-13-01',
  '%PDF-1.4',
];

/** Values a real client would send for fields with these names, to reach code behind the validators. */
function plausible(field: string): fc.Arbitrary<string> | null {
  const f = field.toLowerCase();
  if (f === 'uscc')
    return fc.constantFrom(
      makeUscc('91130881MA0FX0001'),
      makeUscc('91130602MA0FX0002'),
      makeUscc('92130881MA0FX0003'),
      '91110000MA0000000X',
    );
  if (f.endsWith('divisioncode') || f === 'code' || f === 'parentcode' || f === 'city')
    return fc.constantFrom('130881', '130800', '130600', '130602', '130682', '130000', '110000');
  if (f.includes('phone') || f === 'contact') return fc.constantFrom('13931400000', '0314-1234567', '110');
  if (f === 'email') return fc.constantFrom('a@b.cn', 'not-an-email');
  if (f === 'categorycode' || f === 'category') return fc.constantFrom('TESTING_INSPECTION', 'OTHER', 'BRAND', 'ASTROLOGY');
  // Not the world's accounts: failed logins would lock them, and their tokens with them (by design).
  if (f === 'username') return fc.constantFrom('fuzzer_user', 'Fuzzer_User', 'ab', 'nobody_here');
  if (f === 'password') return fc.constantFrom('Strong#Pass2026', 'Hebei@2026', 'weak');
  if (f === 'website') return fc.constantFrom('https://example.cn', 'javascript:alert(1)');
  if (f === 'postalcode') return fc.constantFrom('067500', '1234567');
  if (f === 'satisfaction') return fc.constantFrom('满意', '基本满意', '不满意');
  if (f.endsWith('on') || f.endsWith('deadline') || f === 'date' || f === 'from' || f === 'to') {
    return fc.oneof(
      fc.date({ min: new Date('1890-01-01'), max: new Date('2110-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.constantFrom('2026-11-27', '2026-12-31', '2027-01-05', '0000-02-29'),
    );
  }
  return null;
}

const anyString = (field: string): fc.Arbitrary<string> => {
  const options: fc.WeightedArbitrary<string>[] = [
    { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 2100 }).map((n) => '测'.repeat(n)) },
    { weight: 2, arbitrary: fc.constantFrom('测试服务机构有限公司', '王建国', '2026年第一批', '对该机构申报材料的真实性有疑问，请核实。') },
  ];
  const p = plausible(field);
  if (p) options.push({ weight: 6, arbitrary: p });
  return fc.oneof(...options);
};

export interface ArbitraryContext {
  types: Map<string, IntrospectionType>;
  /** Ids of real records, so that some calls find what they look for. */
  ids: string[];
  /** A valid value per input type: generated values replace some of its fields, so calls reach the database. */
  templates?: Record<string, Record<string, unknown>>;
}

const MAX_DEPTH = 3;

function scalar(name: string, field: string, ctx: ArbitraryContext): fc.Arbitrary<unknown> {
  switch (name) {
    case 'String':
      return anyString(field);
    case 'ID':
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...ctx.ids) },
        { weight: 2, arbitrary: fc.constantFrom('99999999', '0', '-1', '0x1', '1e1', ' 1', '01', 'abc', '', '2147483648', '99999999999') },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 500 }).map(String) },
      );
    case 'Int':
      return fc.oneof(
        fc.integer({ min: -2147483648, max: 2147483647 }),
        fc.constantFrom(0, 1, -1, 5, 100, 101, 2026, 2147483647, -2147483648),
        fc.integer({ min: 0, max: 300 }),
      );
    case 'Float':
      return fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(0, 0.1, 149.99, 150, 200, 1e8, 1e8 + 1, 1e15, 1e308, -1e308, 5e-324),
      );
    case 'Boolean':
      return fc.boolean();
    case 'DateTimeISO':
      return fc.oneof(
        fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
        fc.constantFrom('2026-11-27T02:00:00.000Z', 'not a date', '0000-01-01T00:00:00Z'),
      );
    default:
      return fc.constantFrom(null, 'x', 0);
  }
}

function inputObject(t: IntrospectionInputObjectType, ctx: ArbitraryContext, depth: number): fc.Arbitrary<unknown> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const f of t.inputFields) {
    fields[f.name] = valueOf(f, ctx, depth + 1);
    if (f.type.kind === 'NON_NULL') required.push(f.name);
  }
  const record = fc.record(fields, { requiredKeys: required });
  const template = ctx.templates?.[t.name];
  const options: fc.WeightedArbitrary<unknown>[] = [];
  // A valid input with a few of its fields replaced: gets past the other fields' checks to the one under test.
  if (template) {
    const names = Object.keys(fields);
    const changed = fc
      .subarray(names, { maxLength: Math.min(2, names.length) })
      .chain((keys) => fc.record(Object.fromEntries(keys.map((k) => [k, fields[k]]))))
      .map((over) => ({ ...template, ...over }));
    options.push({ weight: 24, arbitrary: changed });
  }
  return fc.oneof(
    ...options,
    { weight: 12, arbitrary: record },
    // An unknown field (refused by coercion) or a missing required one.
    { weight: 1, arbitrary: record.map((r) => ({ ...(r as object), unknownField: 1 })) },
    { weight: 1, arbitrary: fc.record(fields, { requiredKeys: [] }) },
  );
}

function typed(t: IntrospectionTypeRef, field: string, ctx: ArbitraryContext, depth: number): fc.Arbitrary<unknown> {
  if (t.kind === 'NON_NULL') {
    // Now and then a null where none is allowed.
    return fc.oneof({ weight: 20, arbitrary: typed(t.ofType, field, ctx, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  }
  const nullable = (a: fc.Arbitrary<unknown>) => fc.oneof({ weight: 6, arbitrary: a }, { weight: 1, arbitrary: fc.constant(null) });
  if (t.kind === 'LIST') {
    const element = typed(t.ofType, field, ctx, depth + 1);
    const size = depth >= MAX_DEPTH ? 2 : 8;
    return nullable(
      fc.oneof(
        { weight: 8, arbitrary: fc.array(element, { maxLength: size }) },
        // Lists at and over their limits (50 products, 200 staff, 500 enterprises, 120 calendar days).
        {
          weight: 1,
          arbitrary: fc.constantFrom(50, 51, 120, 121, 200, 201, 500, 501).chain((n) => fc.array(element, { minLength: n, maxLength: n })),
        },
      ),
    );
  }
  const named = ctx.types.get(t.name);
  if (!named) return nullable(scalar(t.name, field, ctx));
  if (named.kind === 'ENUM') {
    return nullable(
      fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom(...named.enumValues.map((v) => v.name)) },
        { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') },
      ),
    );
  }
  if (named.kind === 'INPUT_OBJECT') {
    if (depth >= MAX_DEPTH) return fc.constant(null);
    return nullable(inputObject(named, ctx, depth));
  }
  return nullable(scalar(named.name, field, ctx));
}

export function valueOf(v: IntrospectionInputValue, ctx: ArbitraryContext, depth = 0): fc.Arbitrary<unknown> {
  return typed(v.type, v.name, ctx, depth);
}

/** Variables for every argument of a field (optional ones sometimes left out). */
export function argumentsOf(args: readonly IntrospectionInputValue[], ctx: ArbitraryContext): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.fromEntries(args.map((a) => [a.name, valueOf(a, ctx)]));
  return fc.record(fields, { requiredKeys: args.filter((a) => a.type.kind === 'NON_NULL').map((a) => a.name) }) as fc.Arbitrary<
    Record<string, unknown>
  >;
}

/** Valid inputs for the templates above (ids of real records filled in by the caller). */
export function validInputs(ids: { product: string; application: string; objection: string }): Record<string, Record<string, unknown>> {
  const signUp = {
    name: '模糊测试服务有限公司',
    uscc: makeUscc('91130881MA0FX0009'),
    divisionCode: '130881',
    contactPerson: '王建国',
    contactPhone: '13931400000',
    username: 'fuzz_signup',
    password: 'Strong#Pass2026',
  };
  return {
    InstitutionRegistrationInput: signUp,
    EnterpriseRegistrationInput: { ...signUp, uscc: makeUscc('91130802MA0FX0008'), divisionCode: '130802' },
    InstitutionInput: {
      name: '模糊测试登记机构有限公司',
      uscc: makeUscc('91130881MA0FX0007'),
      institutionType: 'ENTERPRISE',
      nature: 'MARKET',
      divisionCode: '130881',
      mainCategories: ['BRAND'],
    },
    ServiceProductInput: {
      name: '模糊测试产品',
      categoryCode: 'TESTING_INSPECTION',
      nature: 'FREE',
      content: '模糊测试产品的服务内容说明',
    },
    ServiceCaseInput: {
      title: '模糊测试案例',
      enterpriseName: '某企业有限公司',
      content: '模糊测试案例的服务内容说明',
      outcome: '良好',
      servedOn: '2026-06-01',
    },
    BookServiceInput: { productId: ids.product, need: '模糊测试的预约需求', contactPerson: '联系人', contactPhone: '13800000000' },
    BookingNoteInput: { note: '模糊测试说明' },
    DeclineBookingInput: { reason: '模糊测试理由' },
    RateBookingInput: { rating: 4, comment: '模糊测试评价' },
    BatchInput: { name: '模糊测试批次', onlineDeadline: '2027-03-01', paperDeadline: '2027-03-05' },
    CalendarDayInput: { date: '2026-12-25', kind: 'HOLIDAY', name: '模糊测试' },
    AddCalendarYearInput: { year: 2031, source: '模糊测试', days: [] },
    ReviewInput: { applicationId: ids.application, expectedVersion: 2, action: 'RETURN', opinion: '模糊测试意见' },
    SpotCheckInput: {
      applicationId: ids.application,
      checkedOn: '2026-11-01',
      inspectors: '检查组',
      findings: '模糊测试发现',
      passed: true,
    },
    ObjectionInput: { applicationId: ids.application, name: '模糊', contact: '13800000000', content: '模糊测试提出的异议内容。' },
    ResolveObjectionInput: { objectionId: ids.objection, upheld: false, resolution: '不成立' },
    PublicProfileInput: { introduction: '模糊测试简介', website: 'https://example.cn' },
  };
}
