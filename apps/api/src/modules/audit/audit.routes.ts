import express from 'express';
import { auditActionLabel, auditEntityLabel, auditFieldChanges, displayIp, formatShanghaiDateTime, roleLabel } from '@hebei/domain';
import { Role } from '../../common/enums';
import { badInput, forbidden } from '../../common/errors';
import { filterFromQuery, listExport, sortFromQuery } from '../../common/list-export';
import { authenticated, sendExport } from '../../common/rest';
import { Services } from '../../services';
import { auditNameLoader } from './audit-names';
import { AuditLogFilter } from './audit.resolver';
import { AuditFilter, AuditSortField } from './audit.service';

function instant(value: unknown, field: string): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const date = typeof value === 'string' && value.length <= 40 ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1900 || date.getUTCFullYear() > 2100)
    throw badInput([{ field, code: 'INVALID_TIME', message: '时间格式无效' }]);
  return date;
}

export function auditRouter(services: Services): express.Router {
  const router = express.Router();
  // 审计日志 导出Excel (PROVINCE, like the `auditLogs` query): the screen's filters and sort, fields in words.
  router.get('/exports/audit-logs.xlsx', authenticated(services), (req, res) =>
    sendExport(res, async () => {
      if (res.locals.actor.user.role !== Role.PROVINCE) throw forbidden();
      const query = req.query as Record<string, unknown>;
      const strings = await filterFromQuery(AuditLogFilter, query, ['action', 'entityType', 'entityId', 'actorUsername']);
      const filter: AuditFilter = { ...strings, from: instant(query.from, 'from'), to: instant(query.to, 'to') };
      const sort = sortFromQuery(query.sort, AuditSortField);
      const total = await services.audit.count(filter);
      return listExport({
        fileName: `审计日志-${services.clock.today()}.xlsx`,
        sheet: '审计日志',
        total,
        columns: [
          { header: '时间', width: 20 },
          { header: '操作人', width: 28 },
          { header: '角色', width: 14 },
          { header: '操作', width: 24 },
          { header: '对象', width: 14 },
          { header: '对象名称', width: 36 },
          { header: '对象ID', width: 10 },
          { header: 'IP', width: 18 },
          { header: '变更内容', width: 80 },
        ],
        rows: async function* () {
          for await (const batch of services.audit.listAllChunks(filter, sort)) {
            const names = auditNameLoader(services.db);
            const [entities, actors] = await Promise.all([
              Promise.all(batch.map((r) => (r.entityId ? names.load(`${r.entityType}:${r.entityId}`) : null))),
              Promise.all(batch.map((r) => (r.actorId ? names.load(`UserAccount:${r.actorId}`) : null))),
            ]);
            for (const [k, r] of batch.entries()) {
              const changes = auditFieldChanges(r.before, r.after)
                .filter((c) => c.changed)
                .map((c) => `${c.label}：${c.before || '（空）'} → ${c.after || '（空）'}`)
                .join('；');
              yield [
                formatShanghaiDateTime(r.createdAt, true),
                actors[k] ? `${actors[k]}（${r.actorUsername ?? ''}）` : (r.actorUsername ?? ''),
                roleLabel(r.actorRole),
                auditActionLabel(r.action),
                auditEntityLabel(r.entityType),
                entities[k] ?? '',
                r.entityId ?? '',
                displayIp(r.ip),
                changes,
              ];
            }
          }
        },
      });
    }),
  );
  return router;
}
