import type { Order } from '../schemas/orders.js';
import type {
  ProductionConnection,
  PutProductionBody,
  ReportOrderEventBody,
} from '../schemas/production.js';
import type { CallOptions, PostOptions, VitrineRequest } from '../types.js';

export function createProductionResource(request: VitrineRequest) {
  return {
    /** Where the provider's orders are made. */
    get: (options?: CallOptions): Promise<ProductionConnection> =>
      request('getProduction', { ...options }),
    /** Sets it; a GelatoConnect answer carries the status URL to give GelatoConnect, once. */
    set: (body: PutProductionBody, options?: CallOptions): Promise<ProductionConnection> =>
      request('putProduction', { ...options, body }),
    /** A production system reports progress on an order (secret key only). */
    report: (orderId: string, body: ReportOrderEventBody, options?: PostOptions): Promise<Order> =>
      request('reportOrderEvent', { ...options, params: { orderId }, body }),
  };
}

export type ProductionResource = ReturnType<typeof createProductionResource>;
