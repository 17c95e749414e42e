import http from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express from 'express';
import { clientIp } from './common/client-ip';
import { RequestContext } from './common/context';
import { createFormatError } from './common/format-error';
import { fieldDuplicationLimit } from './common/graphql-limits';
import { restTransportErrors, sendGraphqlError, transportErrorFor, unknownRoute } from './common/http-errors';
import { variableDepthLimit } from './common/variable-depth';
import { createLoaders } from './common/loaders';
import { createSchema } from './schema';
import { Services } from './services';
import { attachmentRouter } from './modules/attachment/attachment.routes';
import { exportRouter } from './modules/export/export.routes';
import { institutionRouter } from './modules/institution/institution.routes';
import { reviewRouter } from './modules/review/review.routes';
import { bookingRouter } from './modules/booking/booking.routes';
import { auditRouter } from './modules/audit/audit.routes';
import { analyticsExportRouter } from './modules/analytics/analytics.routes';
import { evidenceRouter } from './modules/evidence/evidence.routes';
import { importRouter } from './modules/import/import.routes';
import { accountRouter } from './modules/account/account.routes';
import { bureauRouter } from './modules/bureau/bureau.routes';

export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 20000,
  maxTokens: 3000,
  maxDirectives: 20,
  maxFieldRepeats: 3,
  maxBody: '1mb',
} as const;

export interface RunningApp {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
}

/** Wires one API instance: HTTP → Apollo (limits, masked errors) → context (user, scope, loaders) → resolvers. */
export async function createApp(services: Services): Promise<RunningApp> {
  await services.divisions.load();
  const schema = await createSchema(services);
  const app = express();
  // A hop count, never `true`: with `true` Express believes the leftmost X-Forwarded-For entry, which the client writes.
  app.set('trust proxy', services.config.trustProxyHops);
  app.disable('x-powered-by');
  // Its request listener is attached below, once Apollo has started.
  const httpServer = http.createServer();
  // Longer than the idle timeout of the proxy or client in front (nginx 75 s, Node's fetch 4 s), so the server never
  // closes a kept-alive connection just as the client sends a request on it ("other side closed" under load).
  httpServer.keepAliveTimeout = 76_000;
  httpServer.headersTimeout = 77_000;
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ignoreIntrospection: true },
    // The token limit is graphql-js's own (parseOptions below): armor's version re-parses in a plugin hook, and a
    // syntax error thrown there became an HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: services.config.production },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    // No HTTP cache hints are used; the cache-control plugin would only add per-field work.
    plugins: [
      ...protection.plugins,
      variableDepthLimit(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
    ],
    validationRules: [...protection.validationRules, fieldDuplicationLimit(GRAPHQL_LIMITS.maxFieldRepeats)],
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    introspection: !services.config.production,
    formatError: createFormatError({ production: services.config.production }),
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  const restCors = cors({ origin: services.config.corsOrigins, exposedHeaders: ['Content-Disposition', 'X-Export-Rows'] });
  app.use(
    '/api',
    restCors,
    attachmentRouter(services),
    exportRouter(services),
    analyticsExportRouter(services),
    evidenceRouter(services),
    importRouter(services),
    accountRouter(services),
    bureauRouter(services),
    institutionRouter(services),
    reviewRouter(services),
    bookingRouter(services),
    auditRouter(services),
    unknownRoute,
    restTransportErrors('20MB'),
  );
  const graphql = graphqlHandler(apollo, {
    cors: cors({ origin: services.config.corsOrigins, credentials: false }),
    body: express.json({ limit: GRAPHQL_LIMITS.maxBody }),
    limitLabel: '1MB',
    // Express's own request prototype, so that `req.ip` resolves X-Forwarded-For through the trusted hops exactly as on /api.
    request: app.request,
    context: async (req): Promise<RequestContext> => {
      const { user, authError } = await services.auth.authenticate(req.headers.authorization);
      return {
        user,
        authError,
        ip: clientIp(req),
        scope: services.divisions.scopeFor(user),
        loaders: createLoaders(services.db, services.calendar),
      };
    },
  });
  app.use(unknownRoute, restTransportErrors('1MB'));
  // POST/GET /graphql goes straight to Apollo (ADR 0024); everything else (/api, /healthz, 404s) through Express.
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) =>
    isGraphqlPath(req.url) ? graphql(req, res) : app(req, res),
  );
  return { app, httpServer, apollo };
}

/** What Express's `app.use('/graphql', …)` matched: the path itself or below it, any case, with or without a query. */
export function isGraphqlPath(url: string | undefined): boolean {
  if (!url) return false;
  const end = url.search(/[?#]/);
  const path = (end < 0 ? url : url.slice(0, end)).toLowerCase();
  return path === '/graphql' || path.startsWith('/graphql/');
}

type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: (err?: unknown) => void) => void;

interface GraphqlHandlerOptions {
  cors: Middleware;
  body: Middleware;
  limitLabel: string;
  request: object;
  context: (req: express.Request) => Promise<RequestContext>;
}

/**
 * The GraphQL endpoint on Node's `http` with Apollo's `executeHTTPGraphQLRequest`, as `@as-integrations/express5`
 * does it, without Express's router, request/response decoration and ETag hashing: the same CORS middleware, the
 * same body parser (limit, charset, inflation, its typed errors) and the same typed 4xx answers.
 */
function graphqlHandler(apollo: ApolloServer<RequestContext>, options: GraphqlHandlerOptions): http.RequestListener {
  const fail = (res: http.ServerResponse, err: unknown) => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendGraphqlError(res, transportErrorFor(err, options.limitLabel, 'graphql'));
  };
  const run = async (req: express.Request, res: http.ServerResponse) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const q = url.indexOf('?');
    const hash = url.indexOf('#');
    const search = q < 0 || (hash >= 0 && hash < q) ? '' : url.slice(q, hash > q ? hash : undefined);
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? '').toUpperCase(), headers, search, body: req.body },
      context: () => options.context(req),
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status || 200;
    if (answer.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(answer.body.string));
      res.end(answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
  return (rawReq, res) => {
    Object.setPrototypeOf(rawReq, options.request);
    const req = rawReq as express.Request;
    options.cors(req, res, (corsError) => {
      if (corsError) return fail(res, corsError);
      options.body(req, res, (bodyError) => {
        if (bodyError) return fail(res, bodyError);
        run(req, res).catch((e: unknown) => fail(res, e));
      });
    });
  };
}
