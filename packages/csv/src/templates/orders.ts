import * as z from 'zod';
import { defineTemplate } from '../template/defineTemplate.js';
import { parsers } from '../template/parsers.js';
import { fileAreas, fileColumns } from './fileColumns.js';

const httpUrl = z.url({ protocol: /^https?$/ }).max(2048);
const fileUrls = Object.fromEntries(
  Object.keys(fileAreas).map((key) => [key, httpUrl.optional()]),
) as Record<keyof typeof fileAreas, z.ZodOptional<typeof httpUrl>>;

/**
 * Values of one order line. Order-level fields (currency, address, …) may be repeated on every line
 * of an order or given once; `groupOrders` reports lines that contradict each other.
 */
export const OrderLineValues = z.object({
  orderReferenceId: z.string().max(100),
  orderType: z.enum(['order', 'draft']).optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  shipmentMethodUid: z.string().max(100).optional(),
  firstName: z.string().max(25).optional(),
  lastName: z.string().max(25).optional(),
  companyName: z.string().max(60).optional(),
  addressLine1: z.string().max(35).optional(),
  addressLine2: z.string().max(35).optional(),
  city: z.string().max(30).optional(),
  postCode: z.string().max(15).optional(),
  state: z.string().max(35).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  email: z.email().optional(),
  phone: z.string().max(25).optional(),
  isBusiness: z.boolean().optional(),
  itemReferenceId: z.string().max(100).optional(),
  productUid: z
    .string()
    .min(3)
    .max(255)
    .regex(/^[a-z0-9][a-z0-9_.-]*$/)
    .optional(),
  productName: z.string().max(255).optional(),
  variantId: z.string().max(255).optional(),
  option1Name: z.string().max(100).optional(),
  option1Value: z.string().max(100).optional(),
  option2Name: z.string().max(100).optional(),
  option2Value: z.string().max(100).optional(),
  option3Name: z.string().max(100).optional(),
  option3Value: z.string().max(100).optional(),
  quantity: z.number().int().min(1).max(100_000),
  ...fileUrls,
});
export type OrderLineValues = z.infer<typeof OrderLineValues>;

/** Fields of the order (not the line): every line of one order must agree on them. */
export const orderLevelKeys = [
  'orderType',
  'currency',
  'shipmentMethodUid',
  'firstName',
  'lastName',
  'companyName',
  'addressLine1',
  'addressLine2',
  'city',
  'postCode',
  'state',
  'country',
  'email',
  'phone',
  'isBusiness',
] as const satisfies readonly (keyof OrderLineValues)[];

/** Order-level fields an order needs on at least one of its lines. */
export const requiredOrderKeys = [
  'currency',
  'firstName',
  'lastName',
  'addressLine1',
  'city',
  'postCode',
  'country',
  'email',
] as const satisfies readonly (keyof OrderLineValues)[];

const text = (max: number) => parsers.text({ max });
// Order-level columns must exist, but later lines of an order may leave them blank.
const orderLevel = { required: true, allowBlank: true } as const;

const optionSynonyms = (n: number, part: 'name' | 'value') =>
  part === 'name'
    ? {
        en: [`Option${n} Name`, `Variant Option ${n} Name`],
        'pt-BR': [`Opção ${n} Nome`, `Nome da Opção ${n}`],
        es: [`Opción ${n} Nombre`, `Nombre de la opción ${n}`],
        fr: [`Option ${n} Nom`, `Nom de l'option ${n}`],
        it: [`Opzione ${n} Nome`, `Nome opzione ${n}`],
        de: [`Option ${n} Name`, `Optionsname ${n}`],
      }
    : {
        en: [`Option${n} Value`, `Variant Option ${n} Value`],
        'pt-BR': [`Opção ${n} Valor`, `Valor da Opção ${n}`],
        es: [`Opción ${n} Valor`, `Valor de la opción ${n}`],
        fr: [`Option ${n} Valeur`, `Valeur de l'option ${n}`],
        it: [`Opzione ${n} Valore`, `Valore opzione ${n}`],
        de: [`Option ${n} Wert`, `Optionswert ${n}`],
      };

const optionColumns = [1, 2, 3].flatMap((n) => [
  {
    key: `option${n}Name` as 'option1Name',
    header: `Option ${n} Name`,
    synonyms: optionSynonyms(n, 'name'),
    parser: text(100),
  },
  {
    key: `option${n}Value` as 'option1Value',
    header: `Option ${n} Value`,
    synonyms: optionSynonyms(n, 'value'),
    parser: text(100),
  },
]);

/**
 * Order CSV: one row per line item, grouped into GelatoConnect Submit Order bodies by
 * `Order Reference ID` (see `groupOrders`). An item names its product by `Product UID`, by
 * `Product Name` with up to three `Option N Name`/`Option N Value` pairs (a customer product's
 * variant), or by a store `Variant ID`; print files come one URL per area.
 */
export const ordersTemplate = defineTemplate<OrderLineValues>({
  id: 'orders',
  schema: OrderLineValues,
  columns: [
    {
      key: 'orderReferenceId',
      header: 'Order Reference ID',
      synonyms: {
        en: ['Order Reference', 'Order ID', 'Order Number', 'Order No', 'Order'],
        'pt-BR': ['Referência do Pedido', 'Número do Pedido', 'ID do Pedido', 'Pedido'],
        es: ['Referencia del pedido', 'Número de pedido', 'ID del pedido', 'Pedido'],
        fr: ['Référence de commande', 'Numéro de commande', 'ID de commande', 'Commande'],
        it: ['Riferimento ordine', 'Numero ordine', 'ID ordine', 'Ordine'],
        de: ['Bestellreferenz', 'Bestellnummer', 'Bestell-ID', 'Bestellung'],
      },
      required: true,
      parser: text(100),
    },
    {
      key: 'orderType',
      header: 'Order Type',
      synonyms: {
        'pt-BR': ['Tipo de Pedido'],
        es: ['Tipo de pedido'],
        fr: ['Type de commande'],
        it: ['Tipo ordine'],
        de: ['Bestelltyp', 'Bestellart'],
      },
      parser: parsers.oneOf(['order', 'draft'] as const, {
        pedido: 'order',
        rascunho: 'draft',
        borrador: 'draft',
        commande: 'order',
        brouillon: 'draft',
        ordine: 'order',
        bozza: 'draft',
        bestellung: 'order',
        entwurf: 'draft',
      }),
    },
    {
      key: 'currency',
      header: 'Currency',
      synonyms: {
        en: ['Currency Code'],
        'pt-BR': ['Moeda'],
        es: ['Moneda', 'Divisa'],
        fr: ['Devise', 'Monnaie'],
        it: ['Valuta'],
        de: ['Währung'],
      },
      ...orderLevel,
      parser: parsers.currency(),
    },
    {
      key: 'shipmentMethodUid',
      header: 'Shipment Method UID',
      synonyms: {
        en: ['Shipment Method', 'Shipping Method', 'Shipping Method UID'],
        'pt-BR': ['Método de Envio', 'Forma de Envio'],
        es: ['Método de envío', 'Forma de envío'],
        fr: ["Méthode d'expédition", 'Mode de livraison'],
        it: ['Metodo di spedizione'],
        de: ['Versandart', 'Versandmethode'],
      },
      parser: text(100),
    },
    {
      key: 'firstName',
      header: 'First Name',
      synonyms: {
        en: ['Shipping First Name', 'Ship First Name', 'Given Name'],
        'pt-BR': ['Nome', 'Primeiro Nome'],
        es: ['Nombre'],
        fr: ['Prénom'],
        it: ['Nome'],
        de: ['Vorname'],
      },
      ...orderLevel,
      parser: text(25),
    },
    {
      key: 'lastName',
      header: 'Last Name',
      synonyms: {
        en: ['Shipping Last Name', 'Ship Last Name', 'Surname', 'Family Name'],
        'pt-BR': ['Sobrenome', 'Último Nome'],
        es: ['Apellido', 'Apellidos'],
        fr: ['Nom de famille', 'Nom'],
        it: ['Cognome'],
        de: ['Nachname'],
      },
      ...orderLevel,
      parser: text(25),
    },
    {
      key: 'companyName',
      header: 'Company Name',
      synonyms: {
        en: ['Company', 'Shipping Company'],
        'pt-BR': ['Empresa', 'Nome da Empresa'],
        es: ['Empresa', 'Nombre de la empresa'],
        fr: ['Société', 'Entreprise'],
        it: ['Azienda', 'Ragione sociale'],
        de: ['Firma', 'Firmenname', 'Unternehmen'],
      },
      parser: text(60),
    },
    {
      key: 'addressLine1',
      header: 'Address Line 1',
      synonyms: {
        en: ['Address 1', 'Address', 'Street', 'Shipping Address 1', 'Ship Address1'],
        'pt-BR': ['Endereço', 'Endereço 1', 'Logradouro'],
        es: ['Dirección', 'Dirección 1'],
        fr: ['Adresse', 'Adresse 1', 'Adresse ligne 1'],
        it: ['Indirizzo', 'Indirizzo 1'],
        de: ['Straße', 'Adresszeile 1', 'Anschrift'],
      },
      ...orderLevel,
      parser: text(35),
    },
    {
      key: 'addressLine2',
      header: 'Address Line 2',
      synonyms: {
        en: ['Address 2', 'Shipping Address 2', 'Ship Address2'],
        'pt-BR': ['Complemento', 'Endereço 2'],
        es: ['Dirección 2', 'Dirección línea 2'],
        fr: ['Adresse 2', "Complément d'adresse", 'Adresse ligne 2'],
        it: ['Indirizzo 2'],
        de: ['Adresszusatz', 'Adresszeile 2'],
      },
      parser: text(35),
    },
    {
      key: 'city',
      header: 'City',
      synonyms: {
        en: ['Town', 'Shipping City', 'Ship City'],
        'pt-BR': ['Cidade', 'Município'],
        es: ['Ciudad', 'Localidad'],
        fr: ['Ville'],
        it: ['Città'],
        de: ['Stadt', 'Ort'],
      },
      ...orderLevel,
      parser: text(30),
    },
    {
      key: 'postCode',
      header: 'Post Code',
      synonyms: {
        en: ['Postcode', 'Postal Code', 'ZIP', 'ZIP Code', 'Ship Zipcode'],
        'pt-BR': ['CEP', 'Código Postal'],
        es: ['Código postal', 'CP'],
        fr: ['Code postal'],
        it: ['CAP', 'Codice postale'],
        de: ['PLZ', 'Postleitzahl'],
      },
      ...orderLevel,
      parser: text(15),
    },
    {
      key: 'state',
      header: 'State',
      synonyms: {
        en: ['Province', 'Region', 'County', 'Ship State'],
        'pt-BR': ['Estado', 'UF'],
        es: ['Provincia', 'Estado', 'Región'],
        fr: ['Région', 'Province', 'État'],
        it: ['Provincia', 'Regione'],
        de: ['Bundesland', 'Region'],
      },
      parser: text(35),
    },
    {
      key: 'country',
      header: 'Country',
      synonyms: {
        en: ['Country Code', 'Ship Country'],
        'pt-BR': ['País'],
        es: ['País'],
        fr: ['Pays'],
        it: ['Paese', 'Nazione'],
        de: ['Land'],
      },
      ...orderLevel,
      parser: parsers.country(),
    },
    {
      key: 'email',
      header: 'Email',
      synonyms: {
        en: ['E-mail', 'Email Address'],
        'pt-BR': ['E-mail'],
        es: ['Correo electrónico', 'Correo'],
        fr: ['Courriel', 'Adresse e-mail'],
        it: ['Posta elettronica', 'Indirizzo email'],
        de: ['E-Mail', 'E-Mail-Adresse'],
      },
      ...orderLevel,
      parser: parsers.email(),
    },
    {
      key: 'phone',
      header: 'Phone',
      synonyms: {
        en: ['Phone Number', 'Telephone'],
        'pt-BR': ['Telefone', 'Celular'],
        es: ['Teléfono'],
        fr: ['Téléphone'],
        it: ['Telefono'],
        de: ['Telefon', 'Telefonnummer'],
      },
      parser: text(25),
    },
    {
      key: 'isBusiness',
      header: 'Is Business',
      synonyms: {
        en: ['Business Address', 'Business Customer'],
        'pt-BR': ['Pessoa Jurídica', 'É Empresa'],
        es: ['Es empresa', 'Cliente empresa'],
        fr: ['Est une entreprise', 'Client professionnel'],
        it: ['È azienda', 'Cliente business'],
        de: ['Geschäftskunde', 'Ist Firma'],
      },
      parser: parsers.boolean(),
    },
    {
      key: 'itemReferenceId',
      header: 'Item Reference ID',
      synonyms: {
        en: ['Item Reference', 'Line Item ID', 'Item ID'],
        'pt-BR': ['Referência do Item', 'ID do Item'],
        es: ['Referencia del artículo', 'ID del artículo'],
        fr: ["Référence de l'article", "ID de l'article"],
        it: ["Riferimento dell'articolo", 'ID articolo'],
        de: ['Positionsreferenz', 'Positions-ID'],
      },
      parser: text(100),
    },
    {
      key: 'productUid',
      header: 'Product UID',
      synonyms: {
        en: ['Catalog Product UID', 'UID'],
        'pt-BR': ['UID do Produto'],
        es: ['UID del producto'],
        fr: ['UID du produit'],
        it: ['UID prodotto'],
        de: ['Produkt-UID'],
      },
      parser: parsers.productUid(),
    },
    {
      key: 'productName',
      header: 'Product Name',
      synonyms: {
        en: ['Product', 'Item Name'],
        'pt-BR': ['Nome do Produto', 'Produto'],
        es: ['Nombre del producto', 'Producto'],
        fr: ['Nom du produit', 'Produit'],
        it: ['Nome prodotto', 'Prodotto'],
        de: ['Produktname', 'Produkt'],
      },
      parser: text(255),
    },
    {
      key: 'variantId',
      header: 'Variant ID',
      synonyms: {
        'pt-BR': ['ID da Variante'],
        es: ['ID de la variante'],
        fr: ['ID de la variante'],
        it: ['ID variante'],
        de: ['Varianten-ID'],
      },
      parser: text(255),
    },
    ...optionColumns,
    {
      key: 'quantity',
      header: 'Quantity',
      synonyms: {
        en: ['Qty'],
        'pt-BR': ['Quantidade', 'Qtd', 'Qtde'],
        es: ['Cantidad', 'Cant'],
        fr: ['Quantité', 'Qté'],
        it: ['Quantità', 'Qtà'],
        de: ['Menge', 'Anzahl', 'Stückzahl'],
      },
      required: true,
      parser: parsers.integer({ min: 1, max: 100_000 }),
    },
    ...fileColumns,
  ],
  requireOneOf: [['productUid', 'productName', 'variantId']],
  validateRow(values, issues) {
    if (
      !issues.filled('productUid') &&
      !issues.filled('productName') &&
      !issues.filled('variantId')
    ) {
      issues.add('productUid', 'missing_product');
    }
    let options = false;
    for (const n of [1, 2, 3] as const) {
      const name = issues.filled(`option${n}Name`);
      const value = issues.filled(`option${n}Value`);
      if (name !== value)
        issues.add(name ? `option${n}Value` : `option${n}Name`, 'invalid_variant');
      options ||= name || value;
    }
    // Variant options select a variant of a customer product, so they need its name.
    if (options && !values.productName && !issues.filled('productName')) {
      issues.add('productName', 'invalid_variant');
    }
  },
});
