export type { OrderFormValues } from '../../hooks/orderModel/form.js';
export { OrderForm, type OrderFormPart, type OrderFormProps } from './OrderForm.js';
