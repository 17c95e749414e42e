import { engines } from '../harness';
import { restUrl } from './lib/http';
import { ABSENT, mayCall, Rule, RULES, SEES } from './lib/rules';
import { documentFor, restRoutes, RootField, rootFields } from './lib/schema';
import { Actor, ACTORS, buildWorld, ROLE_OF, World } from './lib/world';

/**
 * The authorization matrix (issue #8): every query, mutation and REST endpoint × every actor × the primary record,
 * the secondary record (other owner / other jurisdiction) and an id that does not exist. Expectations come from RULES
 * alone: who may call the operation and which record kind its id points at; SEES says who may see each record.
 * A hidden record must be answered byte for byte like a missing one. An operation in the schema without a rule fails
 * the suite: a new feature adds its row here.
 */

interface Answer {
  status: number;
  body: string;
  code?: string;
}

describe('the authorization matrix has a rule for every operation', () => {
  it('covers every query, mutation and REST endpoint, and nothing else', async () => {
    const ops = [...(await rootFields()).keys()];
    const routes = restRoutes();
    const missing = [...ops, ...routes].filter((op) => !(op in RULES));
    const stale = Object.keys(RULES).filter((op) => !ops.includes(op) && !routes.includes(op));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });
});

describe.each(engines())('authorization matrix on %s', (engine) => {
  let world: World;
  let fields: Map<string, RootField>;
  beforeAll(async () => {
    world = await buildWorld(engine);
    fields = await rootFields();
  }, 300_000);
  afterAll(() => world.api.close());

  async function call(op: string, rule: Rule, actor: Actor, id: string): Promise<Answer> {
    const token = world.tokens[actor];
    const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const vars = rule.args?.(id) ?? {};
    const op_ = fields.get(op);
    let res: Response;
    if (op_) {
      res = await fetch(world.api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify({ query: documentFor(op_.kind, op_.field, vars), variables: vars }),
      });
    } else {
      const method = op.split(' ')[0];
      res = await fetch(restUrl(world.api, String(vars.path)), {
        method,
        headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'a.pdf', ...auth },
        body: method === 'POST' ? new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n')) : undefined,
      });
    }
    const body = await res.text();
    let code: string | undefined;
    try {
      const json = JSON.parse(body);
      code = json.errors?.[0]?.extensions?.code ?? json.error?.code;
    } catch {
      code = undefined;
    }
    return { status: res.status, body, code };
  }

  it.each(Object.keys(RULES).sort())('%s', async (op) => {
    const rule = RULES[op];
    const records = rule.on ? world.ids[rule.on] : [undefined];
    const problems: string[] = [];
    const describe = (actor: Actor, which: string, a: Answer) => `${actor} × ${which}: ${a.status} ${a.body.slice(0, 160)}`;
    // Missing ids first (the reference answer), then the refused cells — both change nothing, so they run in parallel —
    // then the allowed ones one by one (they may change state).
    const absent = new Map<Actor, Answer>();
    if (rule.on) {
      const answers = await Promise.all(ACTORS.map((actor) => call(op, rule, actor, ABSENT)));
      ACTORS.forEach((actor, k) => {
        const a = answers[k];
        absent.set(actor, a);
        if (a.status >= 500 || a.code === 'INTERNAL_SERVER_ERROR') problems.push(describe(actor, 'missing', a));
        else if (mayCall(rule.who, actor) && a.code !== 'NOT_FOUND') problems.push(`${describe(actor, 'missing', a)} (expected NOT_FOUND)`);
      });
    }
    const cells = ACTORS.flatMap((actor) =>
      records.flatMap((id, i) => (id === undefined && rule.on ? [] : [{ actor, id: id ?? '', i }])),
    ).map((c) => ({ ...c, allowed: mayCall(rule.who, c.actor) && (!rule.on || SEES[rule.on][c.i].includes(c.actor)) }));
    const check = ({ actor, i, allowed }: (typeof cells)[number], a: Answer) => {
      const which = rule.on ? (i === 0 ? 'primary' : 'secondary') : 'call';
      if (a.status >= 500 || a.code === 'INTERNAL_SERVER_ERROR') {
        problems.push(describe(actor, which, a));
      } else if (!mayCall(rule.who, actor)) {
        const expected = ROLE_OF[actor] ? 'FORBIDDEN' : 'UNAUTHENTICATED';
        if (a.code !== expected) problems.push(`${describe(actor, which, a)} (expected ${expected})`);
      } else if (!allowed) {
        const ref = absent.get(actor)!;
        if (a.status !== ref.status || a.body !== ref.body)
          problems.push(`${describe(actor, which, a)} (expected exactly the missing-id answer)`);
      } else if (a.code === 'FORBIDDEN' || a.code === 'UNAUTHENTICATED' || (rule.on && a.body === absent.get(actor)!.body)) {
        problems.push(`${describe(actor, which, a)} (expected to be let through)`);
      }
    };
    const refused = cells.filter((c) => !c.allowed);
    (await Promise.all(refused.map((c) => call(op, rule, c.actor, c.id)))).forEach((a, k) => check(refused[k], a));
    for (const c of cells.filter((x) => x.allowed)) check(c, await call(op, rule, c.actor, c.id));
    expect(problems).toEqual([]);
  });
});
