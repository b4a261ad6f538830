'use client';
export {
  type UseAccessOptions,
  useAcceptInvitation,
  useAccess,
  useCurrentSession,
  useDisableAccess,
  useEnableAccess,
  useInvitation,
  useResendInvite,
} from './hooks/access.js';
export type { CreateCsvWorker } from './hooks/bulkImport/engine.js';
export type { BulkImportKind } from './hooks/bulkImport/kinds.js';
export type {
  BulkImportState,
  BulkImportStep,
  ChosenFile,
  FileAnalysis,
  FileContext,
  RetryNotice,
  SampleRow,
} from './hooks/bulkImport/machine.js';
export type {
  BulkImport,
  DownloadKind,
  UseBulkImportOptions,
} from './hooks/bulkImport/types.js';
export type { RetryPolicy } from './hooks/bulkImport/upload.js';
export { useBulkImport } from './hooks/bulkImport/useBulkImport.js';
export {
  useArchiveClient,
  useClient,
  useClients,
  useCreateClient,
  useUpdateClient,
} from './hooks/clients.js';
export { vitrineKeys } from './hooks/keys.js';
export type {
  AddressError,
  ConnectionFailure,
  ConnectionPopup,
  ConnectionStep,
} from './hooks/storeConnection/machine.js';
export type {
  ConnectionDrafts,
  StoreConnection,
  UseStoreConnectionOptions,
} from './hooks/storeConnection/types.js';
export { useStoreConnection } from './hooks/storeConnection/useStoreConnection.js';
export {
  type UseJobOptions,
  useAuthorizeStore,
  useCreateStore,
  useDisconnectStore,
  useJob,
  useStore,
  useSyncStore,
  useVerifyStore,
} from './hooks/stores.js';
export {
  useInviteUser,
  useRemoveUser,
  useResendUserInvite,
  useStores,
  useUpdateUser,
  useUsers,
} from './hooks/users.js';
export { catalogs, type Locale, locales, resolveLocale } from './i18n/locales.js';
export { en, type MessageKey, type Messages } from './i18n/messages/en.js';
export { createTranslator, errorMessage, type Translate } from './i18n/translate.js';
export type { VitrineContextValue } from './provider/VitrineProvider.js';
export {
  createVitrineQueryClient,
  useVitrine,
  VitrineProvider,
  type VitrineProviderProps,
} from './provider/VitrineProvider.js';
export type { Appearance, AppearanceVariables } from './theme/appearance.js';
export {
  AccessToggle,
  type AccessToggleAction,
  type AccessTogglePart,
  type AccessToggleProps,
} from './widgets/AccessToggle/index.js';
export {
  BulkCsvImporter,
  type BulkCsvImporterPart,
  type BulkCsvImporterProps,
} from './widgets/BulkCsvImporter/index.js';
export {
  ClientForm,
  type ClientFormPart,
  type ClientFormProps,
  type ClientFormValues,
} from './widgets/ClientForm/index.js';
export {
  InvitationAccept,
  type InvitationAcceptPart,
  type InvitationAcceptProps,
} from './widgets/InvitationAccept/index.js';
export {
  StoreConnectButton,
  type StoreConnectButtonProps,
  type StoreConnectError,
  type StoreConnectPart,
  type StoreConnectState,
} from './widgets/StoreConnectButton/index.js';
export {
  StoreList,
  type StoreListAction,
  type StoreListPart,
  type StoreListProps,
} from './widgets/StoreList/index.js';
export {
  UserManager,
  type UserManagerAction,
  type UserManagerInvite,
  type UserManagerPart,
  type UserManagerProps,
} from './widgets/UserManager/index.js';
