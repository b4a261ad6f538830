/**
 * Who sees what in each widget. Sessions are the provider's (its own staff) or a client user's,
 * with that user's role; the server enforces the same rules, the widgets reflect them.
 */
export type Audience =
  | 'Provider'
  | 'Admin'
  | 'Store manager'
  | 'Order manager'
  | 'Viewer'
  | 'Anyone';

export const widgetRoles: Record<string, Partial<Record<Audience, string>>> = {
  ClientForm: { Provider: 'Creates and edits clients.' },
  AccessToggle: { Provider: 'Switches access on and off, resends the invitation.' },
  InvitationAccept: { Anyone: 'Whoever holds the link accepts; no session needed.' },
  UserManager: {
    Provider: 'Manages the team like an admin.',
    Admin: 'Invites, changes roles, resends or revokes invitations, removes people.',
    'Store manager': 'Sees the team, read-only.',
    'Order manager': 'Sees the team, read-only.',
    Viewer: 'Sees the team, read-only.',
  },
  StoreConnectButton: {
    Provider: 'Connects stores.',
    Admin: 'Connects stores.',
    'Store manager': 'Hidden.',
    'Order manager': 'Hidden.',
    Viewer: 'Hidden.',
  },
  StoreList: {
    Provider: 'Everything an admin does.',
    Admin: 'Syncs, checks, reconnects, disconnects and removes stores; connects new ones.',
    'Store manager': 'Their own stores only: syncs and checks them.',
    'Order manager': 'Every store, read-only.',
    Viewer: 'Every store, read-only.',
  },
  BulkCsvImporter: {
    Provider: 'Downloads and imports.',
    Admin: 'Downloads and imports.',
    'Store manager': 'Downloads and imports for their stores.',
    'Order manager': 'Nothing to import (no product access).',
    Viewer: 'Downloads only.',
  },
  ProductMapper: {
    Provider: 'Maps, ignores and adds products.',
    Admin: 'Maps, ignores and adds products.',
    'Store manager': 'Maps the products of their stores.',
    'Order manager': 'Nothing (no product access).',
    Viewer: 'Sees the mappings, read-only.',
  },
  OrderList: {
    Provider: 'Every order of the client.',
    Admin: 'Every order of the client.',
    'Store manager': 'Orders of their own stores.',
    'Order manager': 'Every order of the client.',
    Viewer: 'Every order, read-only.',
  },
  OrderDetail: {
    Provider: 'Releases and cancels orders.',
    Admin: 'Releases and cancels orders.',
    'Store manager': 'Orders of their own stores, read-only.',
    'Order manager': 'Releases and cancels orders.',
    Viewer: 'Read-only.',
  },
  OrderForm: {
    Provider: 'Places orders.',
    Admin: 'Places orders.',
    'Order manager': 'Places orders.',
    'Store manager': 'Told why they may not place orders.',
    Viewer: 'Told why they may not place orders.',
  },
  TestOrderButton: {
    Provider: 'Sends test orders.',
    Admin: 'Sends test orders.',
    'Order manager': 'Sends test orders.',
    'Store manager': 'Hidden.',
    Viewer: 'Hidden.',
  },
  PostbackSettings: { Provider: 'Manages postback endpoints and their deliveries.' },
  ProductionSettings: { Provider: 'Chooses where orders are produced.' },
};
