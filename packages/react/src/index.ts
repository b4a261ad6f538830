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
export { countryOptions } from './hooks/orderModel/countries.js';
export {
  buildTimeline,
  productionPath,
  type Timeline,
  type TimelineEvent,
  type TimelineStep,
} from './hooks/orderModel/timeline.js';
export {
  type OrderableVariant,
  type OrderFilters,
  orderKeys,
  type UseOrdersOptions,
  useCancelOrder,
  useCatalogSearch,
  useCreateOrder,
  useCreateTestOrder,
  useOrder,
  useOrderableVariants,
  useOrders,
  useReleaseOrder,
  useRetryFulfillment,
} from './hooks/orders.js';
export {
  type PostbackDeliveryFilters,
  type UsePostbackDeliveriesOptions,
  type UsePostbacksOptions,
  useCreatePostback,
  useDeletePostback,
  usePostbackDeliveries,
  usePostbacks,
  useRedeliverPostback,
  useRotatePostbackSecret,
  useTestPostback,
  useUpdatePostback,
} from './hooks/postbacks.js';
export {
  type PublishPhase,
  publishPhase,
  type UsePublishingOptions,
  useCreateProduct,
  usePublishing,
  usePublishingProducts,
  usePublishProduct,
} from './hooks/productCreation.js';
export { useProduction, useSetProduction } from './hooks/production.js';
export {
  APPLY_LIMITS,
  applyChunks,
  type CatalogQuery,
  putProductsInLists,
  putVariantInLists,
  type StoreProductFilters,
  type UploadDesignFileVariables,
  type UseFileChecksOptions,
  type UseStoreProductsOptions,
  useApplyMapping,
  useCatalogFacets,
  useCatalogProduct,
  useCatalogProducts,
  useFileChecks,
  useMapVariant,
  useProductCounts,
  useStoreProduct,
  useStoreProducts,
  useUnmapVariant,
  useUnmapVariants,
  useUploadDesignFile,
} from './hooks/products.js';
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
  useRemoveStore,
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
export {
  type BulkCsvTranslate,
  type BulkCsvTranslationKey,
  bulkCsvTranslator,
  useBulkCsvText,
} from './i18n/bulkCsv.js';
export { type Locale, locales, resolveLocale } from './i18n/locales.js';
export {
  type BulkCsvMessageKey,
  type BulkCsvMessages,
  bulkCsvEn,
} from './i18n/messages/bulkCsv/en.js';
export {
  en,
  enProducts,
  type MessageKey,
  type Messages,
  type ProductMessageKey,
  type ProductMessages,
} from './i18n/messages/en.js';
export type { OrderMessageKey, OrderMessages } from './i18n/messages/orders/en.js';
export type { SettingsMessageKey, SettingsMessages } from './i18n/messages/settings/en.js';
export {
  type OrderTranslate,
  type OrderTranslationKey,
  useOrderText,
} from './i18n/orders.js';
export type { LocaleLoader, LocalePack, OtherLocale } from './i18n/pack.js';
export {
  type SettingsTranslate,
  type SettingsTranslationKey,
  useSettingsText,
} from './i18n/settings.js';
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
  OrderDetail,
  type OrderDetailAction,
  type OrderDetailPart,
  type OrderDetailProps,
} from './widgets/OrderDetail/index.js';
export {
  OrderForm,
  type OrderFormPart,
  type OrderFormProps,
  type OrderFormValues,
} from './widgets/OrderForm/index.js';
export {
  OrderList,
  type OrderListPart,
  type OrderListProps,
} from './widgets/OrderList/index.js';
export {
  PostbackSettings,
  type PostbackSettingsAction,
  type PostbackSettingsPart,
  type PostbackSettingsProps,
} from './widgets/PostbackSettings/index.js';
export {
  ProductionSettings,
  type ProductionSettingsPart,
  type ProductionSettingsProps,
} from './widgets/ProductionSettings/index.js';
export {
  type ConnectTarget,
  ProductMapper,
  type ProductMapperAction,
  type ProductMapperFilters,
  type ProductMapperPart,
  type ProductMapperProps,
  type ProductMapperState,
  productMapperReducer,
} from './widgets/ProductMapper/index.js';
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
  TestOrderButton,
  type TestOrderButtonPart,
  type TestOrderButtonProps,
} from './widgets/TestOrderButton/index.js';
export {
  UserManager,
  type UserManagerAction,
  type UserManagerInvite,
  type UserManagerPart,
  type UserManagerProps,
} from './widgets/UserManager/index.js';
