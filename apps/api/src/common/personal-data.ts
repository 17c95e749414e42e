import { defaultFieldResolver, GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { Extensions } from 'type-graphql';
import { Role } from './enums';

/**
 * Personal data (SPEC §1: phones, e-mails, ID-like numbers) is declared once, on the field, with `@PersonalData(kind)`.
 * Every output maps through the same declaration: GraphQL (the schema is wrapped once at start-up, only those fields),
 * exports (`maskRow`), notifications (`maskerFor`). ANALYST reads it masked.
 */
export type PersonalDataKind = 'phone' | 'email' | 'idNumber';

const EXTENSION = 'personalData';
const declared = new Map<object, Map<string, PersonalDataKind>>();

export function PersonalData(kind: PersonalDataKind): PropertyDecorator {
  return (target, key) => {
    const fields = declared.get(target.constructor) ?? new Map<string, PersonalDataKind>();
    fields.set(String(key), kind);
    declared.set(target.constructor, fields);
    Extensions({ [EXTENSION]: kind })(target, key);
  };
}

/** Whether this role reads personal data masked. */
export function masksPersonalData(role: Role | null | undefined): boolean {
  return role === Role.ANALYST;
}

export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return phone ?? null;
  if (phone.length <= 4) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '*'.repeat(Math.max(phone.length - 7, 1)) + phone.slice(-4);
}

export function maskEmail(email: string | null | undefined): string | null {
  if (!email) return email ?? null;
  const at = email.indexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

export function maskIdNumber(value: string | null | undefined): string | null {
  if (!value) return value ?? null;
  return value.length <= 8 ? '*'.repeat(value.length) : `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}

const MASKS: Record<PersonalDataKind, (value: string | null) => string | null> = {
  phone: maskPhone,
  email: maskEmail,
  idNumber: maskIdNumber,
};

export function maskValue(kind: PersonalDataKind, value: unknown): unknown {
  return typeof value === 'string' ? MASKS[kind](value) : value;
}

/** The personal-data fields declared on a class and its ancestors. */
export function personalFieldsOf(cls: object): Map<string, PersonalDataKind> {
  const out = new Map<string, PersonalDataKind>();
  for (let c: object | null = cls; c && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    for (const [field, kind] of declared.get(c) ?? []) if (!out.has(field)) out.set(field, kind);
  }
  return out;
}

/** A copy of the row as this role may read it (exports and any other output built from entity rows). */
export function maskRow<T extends object>(role: Role | null | undefined, cls: object, row: T): T {
  if (!masksPersonalData(role)) return row;
  const copy = { ...row } as Record<string, unknown>;
  for (const [field, kind] of personalFieldsOf(cls)) if (field in copy) copy[field] = maskValue(kind, copy[field]);
  return copy as T;
}

/** For text built from templates (notifications): personal data as this recipient may read it. */
export function maskerFor(role: Role | null | undefined): { phone(value: string | null): string } {
  const masked = masksPersonalData(role);
  return { phone: (value) => (masked ? maskPhone(value) : value) ?? '' };
}

/**
 * Wraps the resolver of every field declared with @PersonalData, once, at schema build: the masking cannot be
 * forgotten by a resolver and costs nothing on the other fields.
 */
export function applyPersonalDataMasking(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const kind = field.extensions?.[EXTENSION] as PersonalDataKind | undefined;
      if (!kind) continue;
      const resolve: GraphQLFieldResolver<unknown, { user?: { role: Role } }> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx, info) => {
        const value = resolve(source, args, ctx, info);
        if (!masksPersonalData(ctx?.user?.role)) return value;
        return value instanceof Promise ? value.then((v) => maskValue(kind, v)) : maskValue(kind, value);
      };
    }
  }
  return schema;
}
