import { EntityManager } from 'typeorm';
import { Actor } from '../../common/context';
import { conflict } from '../../common/errors';
import { Application, ApplicationEvent, ApplicationEventType, ApplicationStatus } from './application.entity';

/**
 * Compare-and-set on the version column: of two officers acting at once exactly one wins,
 * the other gets CONFLICT (TypeORM's save() would silently overwrite).
 */
export async function casTransition(
  em: EntityManager,
  app: Application,
  to: ApplicationStatus,
  patch: Partial<Application> = {},
): Promise<Application> {
  const result = await em
    .createQueryBuilder()
    .update(Application)
    .set({ ...patch, status: to, version: app.version + 1 })
    .where('id = :id AND version = :version', { id: app.id, version: app.version })
    .execute();
  if (!result.affected) throw conflict('该申请已被他人处理，请刷新后查看最新状态');
  return Object.assign(app, patch, { status: to, version: app.version + 1 });
}

export async function recordEvent(
  em: EntityManager,
  actor: Actor,
  app: Pick<Application, 'id'>,
  e: {
    type: ApplicationEventType;
    from: ApplicationStatus | null;
    to: ApplicationStatus;
    level?: string | null;
    opinion?: string | null;
    at: Date;
  },
): Promise<void> {
  await em.insert(ApplicationEvent, {
    applicationId: app.id,
    type: e.type,
    level: e.level ?? null,
    actorUsername: actor.user?.username ?? null,
    actorName: actor.user?.displayName ?? (actor.user ? null : '系统'),
    opinion: e.opinion ?? null,
    fromStatus: e.from,
    toStatus: e.to,
    createdAt: e.at,
  });
}
