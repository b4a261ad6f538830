export {
  OrderDetail,
  type OrderDetailAction,
  type OrderDetailPart,
  type OrderDetailProps,
} from './OrderDetail.js';
