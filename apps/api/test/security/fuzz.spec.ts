import fc from 'fast-check';
import { engines } from '../harness';
import { ELIGIBLE_FORM } from '../factories';
import { argumentsOf, validInputs } from './lib/arbitraries';
import { filesUnder } from './lib/db';
import { mayCall, RULES } from './lib/rules';
import { documentFor, introspect, rootFields } from './lib/schema';
import { Actor, ACTORS, buildWorld, World } from './lib/world';

/**
 * Property-based fuzzing of every mutation's input, generated from its GraphQL input types (issue #8): whatever the
 * input, the answer is data or a typed client error — never HTTP 5xx, never INTERNAL_SERVER_ERROR, always a code and a
 * Chinese message — and a refused call changes no row and no file.
 *
 *   FUZZ_RUNS=10000 CI=true npx jest -c apps/api/jest.config.js test/security/fuzz   (default: 150 per engine)
 *   FUZZ_SEED=<seed> FUZZ_PATH=<path> (both printed by a failure) replays it.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const PATH = process.env.FUZZ_PATH || undefined;
const CHINESE = /[\u4e00-\u9fa5]/;

/** Counters that move with every attempt by design (rate limits, failed-login counts). */
const COUNTERS = new Set(['rate_limit_counter', 'login_failure']);
/** A failed login is audited on purpose (and an unknown name gets its failure row). */
const AUDITED_REFUSALS = new Set(['login']);

describe.each(engines())('fuzzing every mutation on %s', (engine) => {
  let world: World;
  let countSql: string;
  beforeAll(async () => {
    world = await buildWorld(engine);
    const tables = world.api.services.db.entityMetadatas.map((m) => m.tableName).filter((t) => !COUNTERS.has(t));
    countSql = `SELECT ${tables.map((t) => `(SELECT COUNT(*) FROM ${t}) AS ${t}`).join(', ')}`;
  }, 300_000);
  afterAll(() => world.api.close());

  const snapshot = async () => {
    const [row] = await world.api.services.db.query(countSql);
    const counts = Object.fromEntries(Object.entries(row as Record<string, unknown>).map(([k, v]) => [k, Number(v)]));
    return { counts, files: filesUnder(world.api.services.config.uploadDir) };
  };

  it(
    `answers ${RUNS} generated mutations with data or a typed client error, and refusals write nothing`,
    async () => {
      const types = await introspect();
      const byName = new Map(types.map((t) => [t.name, t]));
      const mutations = [...(await rootFields(types)).entries()].filter(([, f]) => f.kind === 'mutation');
      const ids = [
        ...new Set(
          Object.values(world.ids)
            .flat()
            .filter((x): x is string => !!x),
        ),
      ];
      const templates = {
        ...validInputs({ product: world.ids.product[0], application: world.ids.noticeApplication[0], objection: world.ids.objection[0] }),
        ApplicationInput: ELIGIBLE_FORM,
      };
      const ctx = { types: byName, ids, templates };
      // Mostly an actor that may call the mutation (to get past authorization), sometimes anyone.
      const actorFor = (op: string) =>
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...ACTORS.filter((a) => mayCall(RULES[op].who, a))) },
          { weight: 1, arbitrary: fc.constantFrom(...ACTORS) },
        );
      const call = fc.oneof(
        ...mutations.map(([op, { field }]) =>
          fc.record({ op: fc.constant(op), actor: actorFor(op) as fc.Arbitrary<Actor>, vars: argumentsOf(field.args, ctx) }),
        ),
      );
      const seen = new Map<string, number>();

      const outcome = await fc.check(
        fc.asyncProperty(call, async ({ op, actor, vars }) => {
          const before = await snapshot();
          const token = world.tokens[actor];
          const res = await fetch(world.api.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
            body: JSON.stringify({ query: documentFor('mutation', mutations.find(([o]) => o === op)![1].field, vars), variables: vars }),
          });
          const text = await res.text();
          const where = `${op} as ${actor} → ${res.status} ${text.slice(0, 400)} — variables ${JSON.stringify(vars).slice(0, 600)}`;
          if (res.status >= 500) throw new Error(`5xx: ${where}`);
          const json = JSON.parse(text) as {
            data?: Record<string, unknown> | null;
            errors?: { message: string; extensions?: { code?: string } }[];
          };
          for (const e of json.errors ?? []) {
            const code = e.extensions?.code;
            if (!code || code === 'INTERNAL_SERVER_ERROR') throw new Error(`untyped or internal error: ${where}`);
            if (!CHINESE.test(e.message)) throw new Error(`message not in Chinese: ${where}`);
            seen.set(code, (seen.get(code) ?? 0) + 1);
          }
          const refused = !!json.errors?.length && (json.data?.[op] ?? null) === null;
          if (!json.errors?.length) seen.set('OK', (seen.get('OK') ?? 0) + 1);
          if (refused && !AUDITED_REFUSALS.has(op)) {
            const after = await snapshot();
            if (JSON.stringify(after) !== JSON.stringify(before)) {
              const changed = Object.keys(after.counts).filter((t) => after.counts[t] !== before.counts[t]);
              throw new Error(`a refused call changed ${changed.join(', ') || 'files'}: ${where}`);
            }
          }
        }),
        { numRuns: RUNS, seed: SEED, path: PATH, endOnFailure: true },
      );
      if (outcome.failed) {
        // The counterexample can be a megabyte of generated text: report the seed to replay it and the start of the error.
        const error = outcome.errorInstance instanceof Error ? outcome.errorInstance.message : String(outcome.errorInstance);
        throw new Error(
          `FUZZ_SEED=${outcome.seed} FUZZ_PATH=${outcome.counterexamplePath} after ${outcome.numRuns} runs: ${error.slice(0, 1500)}`,
        );
      }
      console.log(
        `[fuzz ${engine}] ${RUNS} runs; answers by code: ${JSON.stringify(Object.fromEntries([...seen].sort((a, b) => b[1] - a[1])))}`,
      );
    },
    120_000 + RUNS * 1_000,
  );
});
