export type { ConnectTarget } from './ConnectDialog.js';
export {
  type MapperFilters as ProductMapperFilters,
  type MapperState as ProductMapperState,
  mapperReducer as productMapperReducer,
} from './mapperState.js';
export {
  ProductMapper,
  type ProductMapperAction,
  type ProductMapperPart,
  type ProductMapperProps,
} from './ProductMapper.js';
