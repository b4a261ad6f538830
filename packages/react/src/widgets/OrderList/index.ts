export {
  OrderList,
  type OrderListPart,
  type OrderListProps,
  type OrderSourceName,
} from './OrderList.js';
