import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../../server/http/actor-of.ts';
import { forbidden } from '../../../server/http/app-error.ts';
import { STAFF } from '../../accounts/roles.ts';
import {
  HoursExceptionsInput, OperatorsInput, PointDetail, PointInput, PointKeyParams, PointList, PointListQuery, PointUpdate, StatusChangeInput,
} from '../contract.ts';
import { assertActsForPoint, assertCanSeePoint, isStaff, operatedPointIds } from '../outlet-access.ts';
import { findPointRow } from '../points/find-point.ts';
import { getPoint } from '../points/get-point.ts';
import { listPoints, type PointScope } from '../points/list-points.ts';
import { movePoint } from '../points/move-point.ts';
import { createPoint, updatePoint } from '../points/save-point.ts';
import { setHoursExceptions } from '../points/set-hours-exceptions.ts';
import { setPointOperators } from '../points/set-operators.ts';
import { surveyedPointIds } from '../surveys/surveyed-point-ids.ts';
import { BACK_OFFICE, errors, NoContent, OPERATOR_OR_STAFF, tags, userOf } from './route-helpers.ts';

/** What an operator may change on its own point's record: how the public finds and reaches it. */
const OPERATOR_FIELDS = new Set(['weeklyHours', 'description', 'contactName', 'phone', 'email', 'photos']);

export const pointRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const db = database.db;

  app.get('/api/outlets/points', { config: { access: BACK_OFFICE }, schema: { tags, summary: 'Points in the back office (an operator sees its own, a surveyor those it surveys)', querystring: PointListQuery, response: { 200: PointList, ...errors } } },
    async (request) => {
      const user = userOf(request);
      const scope: PointScope = isStaff(user) ? { all: true } : { ids: user.role === 'operator' ? await operatedPointIds(db, user) : await surveyedPointIds(db, user.id) };
      return listPoints(db, scope, request.query);
    });

  app.post('/api/outlets/points', { config: { access: STAFF }, schema: { tags, summary: 'Add a candidate point', body: PointInput, response: { 201: Type.Object({ id: Type.String(), slug: Type.String() }), ...errors } } },
    async (request, reply) => reply.status(201).send(await createPoint(database, userOf(request), actorOf(request), request.body)));

  app.get('/api/outlets/points/:point', { config: { access: BACK_OFFICE }, schema: { tags, summary: "A point's record, its life so far and its next steps", params: PointKeyParams, response: { 200: PointDetail, ...errors } } },
    async (request) => {
      const point = await findPointRow(db, request.params.point);
      await assertCanSeePoint(db, userOf(request), point.id);
      return getPoint(db, point.id);
    });

  app.patch('/api/outlets/points/:point', { config: { access: OPERATOR_OR_STAFF }, schema: { tags, summary: 'Change a point (an operator: its hours, description, contact and photos)', params: PointKeyParams, body: PointUpdate, response: NoContent } },
    async (request, reply) => {
      const user = userOf(request);
      const point = await findPointRow(db, request.params.point);
      await assertActsForPoint(db, user, point.id);
      if (!isStaff(user) && Object.keys(request.body).some((key) => !OPERATOR_FIELDS.has(key))) {
        throw forbidden({ vi: 'Đơn vị vận hành chỉ sửa giờ mở cửa, mô tả, liên hệ và ảnh', en: 'An operator changes only the hours, description, contact and photos' });
      }
      await updatePoint(database, user, actorOf(request), point.id, request.body);
      return reply.status(204).send(null);
    });

  app.post('/api/outlets/points/:point/status', { config: { access: STAFF }, schema: { tags, summary: "Move a point to the next step of its life (with the reason; a decision number to approve or reject)", params: PointKeyParams, body: StatusChangeInput, response: { 200: Type.Object({ status: Type.String() }), ...errors } } },
    async (request) => movePoint(database, actorOf(request), request.params.point, request.body));

  app.put('/api/outlets/points/:point/hours-exceptions', { config: { access: OPERATOR_OR_STAFF }, schema: { tags, summary: 'Replace the dated exceptions to the weekly hours (Tết, holidays)', params: PointKeyParams, body: HoursExceptionsInput, response: NoContent } },
    async (request, reply) => {
      const point = await findPointRow(db, request.params.point);
      await assertActsForPoint(db, userOf(request), point.id);
      await setHoursExceptions(database, actorOf(request), point.id, request.body.exceptions);
      return reply.status(204).send(null);
    });

  app.put('/api/outlets/points/:point/operators', { config: { access: STAFF }, schema: { tags, summary: 'Link the operator accounts that act for the point', params: PointKeyParams, body: OperatorsInput, response: NoContent } },
    async (request, reply) => {
      await setPointOperators(database, actorOf(request), request.params.point, request.body.userIds);
      return reply.status(204).send(null);
    });
};
