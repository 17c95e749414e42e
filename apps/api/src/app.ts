import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express from 'express';
import { RequestContext } from './common/context';
import { formatError } from './common/format-error';
import { createLoaders } from './common/loaders';
import { createSchema } from './schema';
import { Services } from './services';
import { attachmentRouter } from './modules/attachment/attachment.routes';
import { exportRouter } from './modules/export/export.routes';
import { evidenceRouter } from './modules/evidence/evidence.routes';

export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 20000,
  maxTokens: 3000,
  maxDirectives: 20,
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
  app.set('trust proxy', process.env.TRUST_PROXY === 'true');
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ignoreIntrospection: true },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: services.config.production },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    // No HTTP cache hints are used; the cache-control plugin would only add per-field work.
    plugins: [...protection.plugins, ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginCacheControlDisabled()],
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    introspection: !services.config.production,
    formatError,
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  const restCors = cors({ origin: services.config.corsOrigins, exposedHeaders: ['Content-Disposition'] });
  app.use('/api', restCors, attachmentRouter(services), exportRouter(services), evidenceRouter(services));
  app.use(
    '/graphql',
    cors({ origin: services.config.corsOrigins, credentials: false }),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<RequestContext> => {
        const { user, authError } = await services.auth.authenticate(req.headers.authorization);
        return {
          user,
          authError,
          ip: req.ip ?? req.socket.remoteAddress ?? null,
          scope: services.divisions.scopeFor(user),
          loaders: createLoaders(services.db, services.calendar),
        };
      },
    }),
  );
  return { app, httpServer, apollo };
}
