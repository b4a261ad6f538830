import type { StoreConnection } from '../../hooks/storeConnection/types.js';

export type StoreConnectPart =
  | 'root'
  | 'trigger'
  | 'dialog'
  | 'platforms'
  | 'platform'
  | 'form'
  | 'field'
  | 'input'
  | 'actions'
  | 'status'
  | 'error'
  | 'secret';

export type StoreConnectClassNames = Partial<Record<StoreConnectPart, string>>;

/** Why a connection failed: an SDK error, or the code the platform's callback reported. */
export type StoreConnectError = unknown;

/** What every panel of the dialog gets: the flow, and the host's class names. */
export interface PanelProps {
  connection: StoreConnection;
  classNames: StoreConnectClassNames;
}
