export {
  StoreList,
  type StoreListAction,
  type StoreListPart,
  type StoreListProps,
} from './StoreList.js';
