import { institutionRouter } from '../../../src/modules/institution/institution.routes';
import { auditRouter } from '../../../src/modules/audit/audit.routes';
import { reviewRouter } from '../../../src/modules/review/review.routes';
import { bookingRouter } from '../../../src/modules/booking/booking.routes';
import {
  getIntrospectionQuery,
  graphqlSync,
  IntrospectionField,
  IntrospectionInputObjectType,
  IntrospectionObjectType,
  IntrospectionQuery,
  IntrospectionType,
  IntrospectionTypeRef,
} from 'graphql';
import { createSchema } from '../../../src/schema';
import { attachmentRouter } from '../../../src/modules/attachment/attachment.routes';
import { exportRouter } from '../../../src/modules/export/export.routes';
import { analyticsExportRouter } from '../../../src/modules/analytics/analytics.routes';
import { evidenceRouter } from '../../../src/modules/evidence/evidence.routes';
import { importRouter } from '../../../src/modules/import/import.routes';
import { accountRouter } from '../../../src/modules/account/account.routes';
import { bureauRouter } from '../../../src/modules/bureau/bureau.routes';
import type { Services } from '../../../src/services';

export type RootField = { kind: 'query' | 'mutation'; field: IntrospectionField };

/** The schema as built from the resolvers, introspected (what a client sees). */
export async function introspect(): Promise<IntrospectionType[]> {
  const result = graphqlSync({ schema: await createSchema(null), source: getIntrospectionQuery() });
  return (result.data as unknown as IntrospectionQuery).__schema.types as IntrospectionType[];
}

export function inputTypes(types: IntrospectionType[]): Map<string, IntrospectionInputObjectType> {
  return new Map(types.filter((t): t is IntrospectionInputObjectType => t.kind === 'INPUT_OBJECT').map((t) => [t.name, t]));
}

/** Every root field of the schema as built from the resolvers, by operation type. */
export async function rootFields(types?: IntrospectionType[]): Promise<Map<string, RootField>> {
  types ??= await introspect();
  const out = new Map<string, RootField>();
  for (const t of types) {
    if (t.kind !== 'OBJECT' || (t.name !== 'Query' && t.name !== 'Mutation')) continue;
    for (const field of (t as IntrospectionObjectType).fields)
      out.set(field.name, { kind: t.name === 'Query' ? 'query' : 'mutation', field });
  }
  return out;
}

export function typeName(t: IntrospectionTypeRef): string {
  if (t.kind === 'NON_NULL') return `${typeName(t.ofType)}!`;
  if (t.kind === 'LIST') return `[${typeName(t.ofType)}]`;
  return t.name;
}

export function namedKind(t: IntrospectionTypeRef): string {
  return t.kind === 'NON_NULL' || t.kind === 'LIST' ? namedKind(t.ofType) : t.kind;
}

export function documentFor(kind: 'query' | 'mutation', field: IntrospectionField, vars: Record<string, unknown>): string {
  const defs = field.args.filter((a) => a.name in vars).map((a) => `$${a.name}: ${typeName(a.type)}`);
  const args = field.args.filter((a) => a.name in vars).map((a) => `${a.name}: $${a.name}`);
  const selection = ['OBJECT', 'INTERFACE', 'UNION'].includes(namedKind(field.type)) ? ' { __typename }' : '';
  return `${kind}${defs.length ? `(${defs.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

/** REST routes as mounted, read from the routers themselves (so a new endpoint also needs a rule). */
export function restRoutes(): string[] {
  const stub = {} as Services;
  return [
    attachmentRouter(stub),
    exportRouter(stub),
    analyticsExportRouter(stub),
    evidenceRouter(stub),
    importRouter(stub),
    accountRouter(stub),
    bureauRouter(stub),
    institutionRouter(stub),
    auditRouter(stub),
    reviewRouter(stub),
    bookingRouter(stub),
  ].flatMap((router) =>
    (router.stack as { route?: { path: string; methods: Record<string, boolean> } }[])
      .filter((layer) => layer.route)
      .flatMap((layer) => Object.keys(layer.route!.methods).map((m) => `${m.toUpperCase()} ${layer.route!.path}`)),
  );
}
