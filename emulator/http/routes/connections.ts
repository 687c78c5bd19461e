// `GET /api/v2/connections` (offset or checkpoint pagination) and `GET /api/v2/connections/{id}`.
import type { FastifyInstance } from 'fastify';
import type { EmulatorContext } from '../context';
import { ApiError } from '../../domain/errors';
import { queryBoolean, queryInteger, queryString, type Query } from '../query-params';
import type { ConnectionRecord } from '../../domain/state';
import { connectionJson } from '../../domain/connections';
import { fieldSelector } from '../../domain/fields';

export function registerConnectionRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  app.get('/api/v2/connections', { config: { scopes: ['read:connections'] } }, async (request) => {
    const query = request.query as Query;
    const perPage = queryInteger(query, 'per_page', 1, 100) ?? 50;
    const page = queryInteger(query, 'page', 0) ?? 0;
    const includeTotals = queryBoolean(query, 'include_totals') ?? false;
    const name = queryString(query, 'name');
    const strategyParam = query.strategy;
    const strategies = strategyParam === undefined ? undefined : ([] as unknown[]).concat(strategyParam).map(String);
    const select = fieldSelector(queryString(query, 'fields'), queryBoolean(query, 'include_fields'));
    const matching = ctx.state.data.connections.filter(
      (c) => (name === undefined || c.name === name) && (strategies === undefined || strategies.includes(c.strategy)),
    );
    const present = (c: ConnectionRecord): Record<string, unknown> => {
      const json = connectionJson(c, false);
      return select ? select(json) : json;
    };
    const take = queryInteger(query, 'take', 1, 100);
    const from = queryString(query, 'from');
    if (take !== undefined || from !== undefined) {
      // Checkpoint pagination (what the SDK uses): `from` is an opaque cursor, here the id of the first item.
      const size = take ?? 50;
      const startAt = from === undefined ? 0 : matching.findIndex((c) => c.id === from);
      if (startAt < 0) return { connections: [] };
      const items = matching.slice(startAt, startAt + size);
      const next = matching[startAt + size];
      return next ? { next: next.id, connections: items.map(present) } : { connections: items.map(present) };
    }
    const pageItems = matching.slice(page * perPage, page * perPage + perPage).map(present);
    if (!includeTotals) return pageItems;
    return { start: page * perPage, limit: perPage, total: matching.length, connections: pageItems };
  });

  app.get('/api/v2/connections/:id', { config: { scopes: ['read:connections'] } }, async (request) => {
    const { id } = request.params as { id: string };
    const connection = ctx.state.connectionById(id);
    if (!connection) throw new ApiError(404, 'The connection does not exist', 'inexistent_connection');
    const query = request.query as Query;
    const select = fieldSelector(queryString(query, 'fields'), queryBoolean(query, 'include_fields'));
    const json = connectionJson(connection, true);
    return select ? select(json) : json;
  });
}
