import type { Role } from '@vitrine/sdk';

/**
 * The invitation email in the invitee's language, chosen by whoever invited them. The six
 * languages the widgets ship; another tag falls back by language (`pt-PT` → `pt-BR`), then to
 * English, as the widgets do.
 */
export interface InvitationWords {
  subject: (p: { provider: string; client: string }) => string;
  hello: (name: string) => string;
  invited: (p: { provider: string; client: string; role: string }) => string;
  accept: string;
  acceptHere: string;
  expires: (days: number) => string;
  roles: Record<Role, string>;
}

const catalogs: Record<string, InvitationWords> = {
  en: {
    subject: (p) => `${p.provider} invited you to manage ${p.client}'s stores`,
    hello: (name) => `Hello ${name},`,
    invited: (p) => `${p.provider} invited you to join ${p.client} as ${p.role}.`,
    accept: 'Accept the invitation',
    acceptHere: 'Accept the invitation here:',
    expires: (days) => `The link works once and expires in ${days} days.`,
    roles: {
      admin: 'an admin',
      store_manager: 'a store manager',
      order_manager: 'an order manager',
      viewer: 'a viewer',
    },
  },
  'pt-BR': {
    subject: (p) => `${p.provider} convidou você para gerenciar as lojas de ${p.client}`,
    hello: (name) => `Olá, ${name},`,
    invited: (p) => `${p.provider} convidou você para entrar em ${p.client} como ${p.role}.`,
    accept: 'Aceitar o convite',
    acceptHere: 'Aceite o convite aqui:',
    expires: (days) => `O link funciona uma vez e expira em ${days} dias.`,
    roles: {
      admin: 'administrador',
      store_manager: 'gerente de lojas',
      order_manager: 'gerente de pedidos',
      viewer: 'leitor',
    },
  },
  es: {
    subject: (p) => `${p.provider} te ha invitado a gestionar las tiendas de ${p.client}`,
    hello: (name) => `Hola, ${name}:`,
    invited: (p) => `${p.provider} te ha invitado a unirte a ${p.client} como ${p.role}.`,
    accept: 'Aceptar la invitación',
    acceptHere: 'Acepta la invitación aquí:',
    expires: (days) => `El enlace funciona una sola vez y caduca en ${days} días.`,
    roles: {
      admin: 'administrador',
      store_manager: 'gestor de tiendas',
      order_manager: 'gestor de pedidos',
      viewer: 'lector',
    },
  },
  fr: {
    subject: (p) => `${p.provider} vous invite à gérer les boutiques de ${p.client}`,
    hello: (name) => `Bonjour ${name},`,
    invited: (p) => `${p.provider} vous invite à rejoindre ${p.client} en tant que ${p.role}.`,
    accept: 'Accepter l’invitation',
    acceptHere: 'Acceptez l’invitation ici :',
    expires: (days) => `Le lien ne fonctionne qu’une fois et expire dans ${days} jours.`,
    roles: {
      admin: 'administrateur',
      store_manager: 'gestionnaire de boutiques',
      order_manager: 'gestionnaire de commandes',
      viewer: 'lecteur',
    },
  },
  it: {
    subject: (p) => `${p.provider} ti ha invitato a gestire i negozi di ${p.client}`,
    hello: (name) => `Ciao ${name},`,
    invited: (p) => `${p.provider} ti ha invitato a unirti a ${p.client} come ${p.role}.`,
    accept: 'Accetta l’invito',
    acceptHere: 'Accetta l’invito qui:',
    expires: (days) => `Il link funziona una sola volta e scade tra ${days} giorni.`,
    roles: {
      admin: 'amministratore',
      store_manager: 'responsabile dei negozi',
      order_manager: 'responsabile degli ordini',
      viewer: 'lettore',
    },
  },
  de: {
    subject: (p) => `${p.provider} hat Sie eingeladen, die Shops von ${p.client} zu verwalten`,
    hello: (name) => `Hallo ${name},`,
    invited: (p) => `${p.provider} hat Sie eingeladen, ${p.client} als ${p.role} beizutreten.`,
    accept: 'Einladung annehmen',
    acceptHere: 'Nehmen Sie die Einladung hier an:',
    expires: (days) => `Der Link funktioniert einmal und läuft in ${days} Tagen ab.`,
    roles: {
      admin: 'Administrator',
      store_manager: 'Shop-Manager',
      order_manager: 'Auftragsmanager',
      viewer: 'Leser',
    },
  },
};

export function invitationWords(locale: string | null | undefined): InvitationWords {
  if (!locale) return catalogs.en!;
  const exact = Object.keys(catalogs).find((tag) => tag.toLowerCase() === locale.toLowerCase());
  if (exact) return catalogs[exact]!;
  const language = locale.split('-')[0]!.toLowerCase();
  const sameLanguage = Object.keys(catalogs).find((tag) => tag.split('-')[0] === language);
  return catalogs[sameLanguage ?? 'en']!;
}

/** The email's language tag, as `Content-Language` would carry it. */
export function invitationLanguage(locale: string | null | undefined): string {
  const words = invitationWords(locale);
  return Object.keys(catalogs).find((tag) => catalogs[tag] === words) ?? 'en';
}
