/*
 * Request shapes of the Vitrine API (`@vitrine/sdk` schemas), restated structurally so this package
 * has no runtime dependency on the SDK; the test suite checks both agree.
 */

/** A print file: `type` is a print area (`default`, `front`, `back`, …). */
export interface PrintFile {
  type: string;
  url: string;
}

/** One row of `POST /v1/stores/{storeId}/mappings:bulk` (`BulkMappingRow`). */
export interface BulkMappingRow {
  /** The row's number in the spreadsheet, for the server's error report. */
  row?: number;
  variantId?: string;
  sku?: string;
  /** A catalog product; `''` changes nothing; `IGNORE` / `UNMAP` are instructions. */
  productUid: string;
  files: PrintFile[];
}

/** `ShippingAddress` of a GelatoConnect Submit Order body. */
export interface ShippingAddress {
  firstName: string;
  lastName: string;
  companyName?: string;
  addressLine1: string;
  addressLine2?: string;
  city: string;
  postCode: string;
  state?: string;
  country: string;
  email: string;
  phone?: string;
  isBusiness?: boolean;
}

export interface OrderItemBody {
  itemReferenceId: string;
  productUid?: string;
  productName?: string;
  productVariant?: Record<string, string>;
  variantId?: string;
  quantity: number;
  files: PrintFile[];
}

/** `POST /v1/stores/{storeId}/orders` body (`CreateOrderBody`). */
export interface CreateOrderBody {
  orderReferenceId: string;
  orderType: 'order' | 'draft';
  currency: string;
  shipmentMethodUid?: string;
  shippingAddress: ShippingAddress;
  items: OrderItemBody[];
}
