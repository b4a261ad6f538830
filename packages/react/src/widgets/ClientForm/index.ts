export {
  ClientForm,
  type ClientFormPart,
  type ClientFormProps,
  type ClientFormValues,
} from './ClientForm.js';
