// `GET /api/v2/connections` (offset or checkpoint pagination) and `GET /api/v2/connections/{id}`.
import type { FastifyInstance } from 'fastify';
import type { EmulatorContext } from '../context';
import { operation } from '../openapi';
import { connectionJson, connectionProjection, listConnections, type ConnectionListQuery } from '../../domain/connections';
import { ApiError } from '../../domain/errors';

const LIST = operation('management', 'GET', '/connections');
const READ = operation('management', 'GET', '/connections/{id}');

export function registerConnectionRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  app.get('/api/v2/connections', { config: { scopes: ['read:connections'] } }, async (request) => {
    return listConnections(ctx.state.data.connections, LIST.query<ConnectionListQuery>(request.query));
  });

  app.get('/api/v2/connections/:id', { config: { scopes: ['read:connections'] } }, async (request) => {
    const query = READ.query<{ fields?: string; include_fields?: boolean }>(request.query);
    const connection = ctx.state.connectionById((request.params as { id: string }).id);
    if (!connection) throw new ApiError(404, 'The connection does not exist', 'inexistent_connection');
    const select = connectionProjection(query.fields, query.include_fields);
    const json = connectionJson(connection);
    return select ? select(json) : json;
  });
}
