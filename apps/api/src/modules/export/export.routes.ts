import express from 'express';
import { notFound } from '../../common/errors';
import { authenticated, optionalQueryString, parseRestId, requireQueryId, sendExport } from '../../common/rest';
import { Services } from '../../services';
import { monitorFilterFromQuery, noticeArgsFromQuery } from '../report/report.rest';

export function exportRouter(services: Services): express.Router {
  const router = express.Router();
  router.get('/exports/recommendation-summary.xlsx', authenticated(services), (req, res) =>
    sendExport(res, async () =>
      services.exports.recommendationSummary(
        res.locals.actor.user,
        res.locals.scope,
        requireQueryId(req.query.batchId, 'batchId', '申报批次'),
        optionalQueryString(req.query.city, 'city', '市级单位'),
      ),
    ),
  );
  router.get('/exports/applications/:id.xlsx', authenticated(services), (req, res) =>
    sendExport(res, async () => {
      const id = parseRestId(req.params.id);
      if (id === null) throw notFound('申请');
      return services.exports.application(res.locals.actor.user, res.locals.scope, id);
    }),
  );
  // Annual evaluation results (issue #10), in rank order.
  router.get('/exports/evaluation-results.xlsx', authenticated(services), (req, res) =>
    sendExport(res, async () =>
      services.evaluationExports.results(
        res.locals.actor.user,
        res.locals.scope,
        requireQueryId(req.query.campaignId, 'campaignId', '评价活动'),
      ),
    ),
  );
  // 填报监测 and 通报 (issue #9): the same filters as the screens, validated like their GraphQL inputs.
  router.get('/exports/reporting-compliance.xlsx', authenticated(services), (req, res) =>
    sendExport(res, async () => {
      services.complianceExports.authorize(res.locals.actor.user);
      return services.complianceExports.monitor(res.locals.actor.user, res.locals.scope, monitorFilterFromQuery(req.query));
    }),
  );
  router.get('/exports/compliance-notices.xlsx', authenticated(services), (req, res) =>
    sendExport(res, async () => {
      services.complianceExports.authorize(res.locals.actor.user);
      const { deadline, divisionCode } = noticeArgsFromQuery(req.query);
      return services.complianceExports.notices(res.locals.actor.user, res.locals.scope, deadline, divisionCode);
    }),
  );
  return router;
}
