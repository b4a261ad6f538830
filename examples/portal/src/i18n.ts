import { type Locale, resolveLocale } from '@vitrine/react';
import { createContext, useContext } from 'react';

/**
 * The portal's own words. The widgets bring their translations with `@vitrine/react`; the host
 * translates its chrome itself and hands the same locale to `<VitrineProvider locale>`.
 */
const en = {
  'app.skip': 'Skip to content',
  'app.nav': 'Main',
  'app.clients': 'Clients',
  'app.language': 'Language',
  'app.settings': 'Settings',
  'settings.title': 'Settings',
  'settings.subtitle': 'Where Northwind’s orders are made, and how our systems hear about them.',
  'app.role': 'Account manager',
  'app.footer': 'Northwind Print Co. · Commercial and on-demand printing since 1987',
  'app.support': 'Need help? support@northwind-print.example',
  'app.breadcrumb': 'Breadcrumb',
  'clients.title': 'Clients',
  'clients.subtitle':
    'The businesses you print for. Turn on Storefronts access so they can connect their web stores and send orders straight to production.',
  'clients.new': 'New client',
  'clients.search': 'Search clients',
  'clients.searchPlaceholder': 'Name or reference ID',
  'clients.caption': 'Your clients',
  'clients.name': 'Client',
  'clients.reference': 'Reference ID',
  'clients.access': 'Storefronts access',
  'clients.added': 'Added',
  'clients.none': 'None',
  'clients.open': 'Open {name}',
  'clients.loadMore': 'Load more',
  'clients.loading': 'Loading clients…',
  'clients.allShown': 'All {count} clients shown',
  'clients.empty.title': 'No clients yet',
  'clients.empty.body': 'Add the businesses you print for, then invite them to Storefronts.',
  'clients.empty.action': 'Add your first client',
  'clients.noMatch.title': 'No clients match “{search}”',
  'clients.noMatch.body': 'Check the spelling, or search by reference ID.',
  'clients.noMatch.clear': 'Clear search',
  'newClient.title': 'New client',
  'newClient.subtitle':
    'Add a business you print for. On the next page you can invite its admin to Storefronts.',
  'detail.details': 'Client details',
  'detail.detailsHint': 'Your team sees these details; the client sees its name.',
  'detail.reference': 'Reference ID',
  'detail.added': 'Added {date}',
  'detail.created': '{name} was added. Turn on Storefronts access to invite their admin.',
  'detail.notFound': 'Client not found',
  'detail.notFoundBody': 'It may have been archived, or the link is incomplete.',
  'detail.back': 'Back to clients',
  'detail.help.title': 'With Storefronts, {name} can',
  'detail.help.stores': 'Connect Shopify, Etsy, WooCommerce, Pressero or a manual store',
  'detail.help.products': 'Match their products to your print catalog',
  'detail.help.orders': 'Send orders straight to production and follow each one',
  'invite.eyebrow': 'Storefronts by Northwind Print Co.',
  'invite.heading': 'Your print orders, on autopilot',
  'invite.intro':
    'Connect your online stores to Northwind and every order reaches our presses without retyping.',
  'invite.point1': 'Orders arrive from your stores on their own',
  'invite.point2': 'Artwork is matched to the right print product',
  'invite.point3': 'Track every order from press to doorstep',
  'invite.next.title': 'What happens next',
  'invite.next.stores.title': 'Connect your stores',
  'invite.next.stores.body':
    'Link Shopify, Etsy, WooCommerce or Pressero, or add a manual store. It takes a few minutes.',
  'invite.next.products.title': 'Map your products',
  'invite.next.products.body':
    'Match each product to one from our print catalog, one by one or with a CSV file.',
  'invite.next.orders.title': 'Orders go to print',
  'invite.next.orders.body':
    'New orders reach production on their own. Follow each one until it is delivered.',
  'invite.next.team':
    'As the admin, you can also invite your team and choose what each person can do.',
  'client.area': 'Storefronts',
  'client.team': 'Team',
  'client.signOut': 'Sign out',
  'client.signOutFailed': 'We could not sign you out. Check your connection and try again.',
  'team.subtitle': 'Your team on Storefronts by Northwind Print Co., and what each person may do.',
  'team.loading': 'Loading your account…',
  'team.you.title': 'Your access',
  'team.you.manage':
    'As an admin, you can invite people, change what each person may do and remove them.',
  'team.you.askAdmin': 'To change the team, ask an admin: {names}.',
  'team.you.askAnAdmin': 'To change the team, ask an admin of your company.',
  'signedOut.not_signed_in.title': 'Sign in to Storefronts',
  'signedOut.not_signed_in.body': 'Your team page appears here once you are signed in.',
  'signedOut.signed_out.title': 'You’re signed out',
  'signedOut.signed_out.body':
    'Thanks for stopping by. Your team page appears here when you sign in again.',
  'signedOut.access_ended.title': 'Your access has ended',
  'signedOut.access_ended.body':
    'Your Storefronts access is no longer active. Ask an admin at your company to invite you again.',
  'signedOut.demo':
    'This demo has no sign-in form: accepting an invitation signs you in. A real portal asks for a password or uses single sign-on here.',
  'invite.signingIn': 'Signing you in…',
  'invite.openTeam': 'Open your team page',
  'invite.signInFailed': 'Your invitation is accepted, but we could not sign you in.',
  'invite.next.member':
    'Your team page shows who else works on the account, and what each person may do.',
  'detail.team.title': 'Team',
  'detail.team.off':
    'Turn on Storefronts access to invite {name}’s admin. Their team then appears here, and you can invite and manage people for them.',
  'notFound.title': 'Page not found',
  'notFound.body': 'The page you were looking for does not exist.',
  'client.stores': 'Stores',
  'bulk.title': 'Bulk operations',
  'products.bulk': 'Map products in bulk with a spreadsheet',
  'client.orders': 'Orders',
  'orders.subtitle':
    'Every order from your stores, and where each one is on its way from our presses to your customer.',
  'orders.detailTitle': 'Order details',
  'orders.placeTitle': 'Place an order',
  'orders.placeSubtitle':
    'An order by hand for {store}: choose what to print and where to ship it.',
  'stores.placeOrder': 'Place an order',
  'stores.placeOrderFor': 'Place an order on {store}',
  'stores.subtitle':
    'The web stores you sell through. Connect one and its products are imported, so its orders can go straight to Northwind for printing.',
  'stores.how.title': 'How it works',
  'stores.how.connect.title': 'Connect a store',
  'stores.how.connect.body':
    'Approve Northwind in Shopify, Etsy or WooCommerce, or use your Pressero admin login.',
  'stores.how.import.title': 'Your products are imported',
  'stores.how.import.body': 'Products and variants are read from the store and kept up to date.',
  'stores.how.print.title': 'Orders go to print',
  'stores.how.print.body':
    'Match products to our print catalog, and new orders reach production on their own.',
  'stores.dev.title': 'Trying it out locally',
  'stores.dev.body':
    'In development the Vitrine API simulates each platform on this machine: no real store is needed.',
  'stores.dev.shopifyShop': 'Shopify shop address',
  'stores.dev.wooUrl': 'WooCommerce store address',
  'stores.dev.shopAdmin': 'Demo shop’s admin',
  'stores.dev.wooAdmin': 'Demo store’s API keys',
  'stores.dev.reauth':
    'To see a store that needs reconnecting, press “{revoke}” in the demo shop’s admin, then “{check}” here.',
  'stores.dev.simulators': 'Simulators',
  'stores.dev.newTab': '(opens in a new tab)',
  'products.nav': 'Products',
  'products.title': 'Products of {store}',
  'products.subtitle':
    'Match each variant to one of our print products and give its print files: orders for matched variants go straight to production.',
  'products.storeLoading': 'this store',
} as const;

export type PortalMessageKey = keyof typeof en;
type Catalog = Record<PortalMessageKey, string>;

const ptBR: Catalog = {
  'app.skip': 'Pular para o conteúdo',
  'app.nav': 'Principal',
  'app.clients': 'Clientes',
  'app.language': 'Idioma',
  'app.role': 'Gerente de contas',
  'app.settings': 'Configurações',
  'settings.title': 'Configurações',
  'settings.subtitle':
    'Onde os pedidos da Northwind são produzidos e como os nossos sistemas ficam sabendo deles.',
  'app.footer': 'Northwind Print Co. · Impressão comercial e sob demanda desde 1987',
  'app.support': 'Precisa de ajuda? support@northwind-print.example',
  'app.breadcrumb': 'Trilha de navegação',
  'clients.title': 'Clientes',
  'clients.subtitle':
    'As empresas para as quais você imprime. Ative o acesso ao Storefronts para que conectem suas lojas virtuais e enviem pedidos direto para a produção.',
  'clients.new': 'Novo cliente',
  'clients.search': 'Buscar clientes',
  'clients.searchPlaceholder': 'Nome ou ID de referência',
  'clients.caption': 'Seus clientes',
  'clients.name': 'Cliente',
  'clients.reference': 'ID de referência',
  'clients.access': 'Acesso ao Storefronts',
  'clients.added': 'Adicionado em',
  'clients.none': 'Nenhum',
  'clients.open': 'Abrir {name}',
  'clients.loadMore': 'Carregar mais',
  'clients.loading': 'Carregando clientes…',
  'clients.allShown': 'Todos os {count} clientes exibidos',
  'clients.empty.title': 'Nenhum cliente ainda',
  'clients.empty.body':
    'Adicione as empresas para as quais você imprime e convide-as para o Storefronts.',
  'clients.empty.action': 'Adicionar o primeiro cliente',
  'clients.noMatch.title': 'Nenhum cliente corresponde a “{search}”',
  'clients.noMatch.body': 'Confira a grafia ou busque pelo ID de referência.',
  'clients.noMatch.clear': 'Limpar busca',
  'newClient.title': 'Novo cliente',
  'newClient.subtitle':
    'Adicione uma empresa para a qual você imprime. Na próxima página, você pode convidar o administrador dela para o Storefronts.',
  'detail.details': 'Dados do cliente',
  'detail.detailsHint': 'Sua equipe vê estes dados; o cliente vê o nome.',
  'detail.reference': 'ID de referência',
  'detail.added': 'Adicionado em {date}',
  'detail.created':
    '{name} foi adicionado. Ative o acesso ao Storefronts para convidar o administrador.',
  'detail.notFound': 'Cliente não encontrado',
  'detail.notFoundBody': 'Ele pode ter sido arquivado, ou o link está incompleto.',
  'detail.back': 'Voltar para clientes',
  'detail.help.title': 'Com o Storefronts, {name} pode',
  'detail.help.stores': 'Conectar Shopify, Etsy, WooCommerce, Pressero ou uma loja manual',
  'detail.help.products': 'Associar seus produtos ao seu catálogo de impressão',
  'detail.help.orders': 'Enviar pedidos direto para a produção e acompanhar cada um',
  'invite.eyebrow': 'Storefronts da Northwind Print Co.',
  'invite.heading': 'Seus pedidos de impressão no piloto automático',
  'invite.intro':
    'Conecte suas lojas virtuais à Northwind e cada pedido chega às nossas impressoras sem redigitação.',
  'invite.point1': 'Os pedidos das suas lojas chegam sozinhos',
  'invite.point2': 'Cada arte vai para o produto de impressão certo',
  'invite.point3': 'Acompanhe cada pedido da impressão até a entrega',
  'invite.next.title': 'Próximos passos',
  'invite.next.stores.title': 'Conecte suas lojas',
  'invite.next.stores.body':
    'Vincule Shopify, Etsy, WooCommerce ou Pressero, ou adicione uma loja manual. Leva poucos minutos.',
  'invite.next.products.title': 'Associe seus produtos',
  'invite.next.products.body':
    'Associe cada produto a um item do nosso catálogo de impressão, um a um ou com um arquivo CSV.',
  'invite.next.orders.title': 'Os pedidos vão para a impressão',
  'invite.next.orders.body':
    'Novos pedidos chegam à produção sozinhos. Acompanhe cada um até a entrega.',
  'invite.next.team':
    'Como administrador, você também pode convidar sua equipe e escolher o que cada pessoa pode fazer.',
  'client.area': 'Storefronts',
  'client.team': 'Equipe',
  'client.signOut': 'Sair',
  'client.signOutFailed':
    'Não conseguimos encerrar sua sessão. Verifique sua conexão e tente de novo.',
  'team.subtitle':
    'Sua equipe no Storefronts da Northwind Print Co. e o que cada pessoa pode fazer.',
  'team.loading': 'Carregando sua conta…',
  'team.you.title': 'Seu acesso',
  'team.you.manage':
    'Como administrador, você pode convidar pessoas, mudar o que cada uma pode fazer e removê-las.',
  'team.you.askAdmin': 'Para mudar a equipe, fale com um administrador: {names}.',
  'team.you.askAnAdmin': 'Para mudar a equipe, fale com um administrador da sua empresa.',
  'signedOut.not_signed_in.title': 'Entre no Storefronts',
  'signedOut.not_signed_in.body': 'Sua página de equipe aparece aqui depois que você entrar.',
  'signedOut.signed_out.title': 'Você saiu',
  'signedOut.signed_out.body':
    'Obrigado pela visita. Sua página de equipe aparece aqui quando você entrar de novo.',
  'signedOut.access_ended.title': 'Seu acesso terminou',
  'signedOut.access_ended.body':
    'Seu acesso ao Storefronts não está mais ativo. Peça a um administrador da sua empresa para convidar você de novo.',
  'signedOut.demo':
    'Esta demonstração não tem formulário de login: aceitar um convite faz você entrar. Um portal real pede uma senha ou usa login único aqui.',
  'invite.signingIn': 'Entrando…',
  'invite.openTeam': 'Abrir sua página de equipe',
  'invite.signInFailed': 'Seu convite foi aceito, mas não conseguimos fazer você entrar.',
  'invite.next.member':
    'Sua página de equipe mostra quem mais trabalha na conta e o que cada pessoa pode fazer.',
  'detail.team.title': 'Equipe',
  'detail.team.off':
    'Ative o acesso ao Storefronts para convidar o administrador de {name}. A equipe aparece aqui em seguida, e você pode convidar e gerenciar pessoas por eles.',
  'notFound.title': 'Página não encontrada',
  'notFound.body': 'A página que você procura não existe.',
  'client.stores': 'Lojas',
  'bulk.title': 'Operações em massa',
  'products.bulk': 'Mapear produtos em massa com uma planilha',
  'client.orders': 'Pedidos',
  'orders.subtitle':
    'Todos os pedidos das suas lojas e em que ponto cada um está, das nossas impressoras até o seu cliente.',
  'orders.detailTitle': 'Detalhes do pedido',
  'orders.placeTitle': 'Fazer um pedido',
  'orders.placeSubtitle':
    'Um pedido manual para {store}: escolha o que imprimir e para onde enviar.',
  'stores.placeOrder': 'Fazer um pedido',
  'stores.placeOrderFor': 'Fazer um pedido em {store}',
  'stores.subtitle':
    'As lojas virtuais em que você vende. Conecte uma e os produtos dela são importados, para que os pedidos cheguem direto à Northwind para impressão.',
  'stores.how.title': 'Como funciona',
  'stores.how.connect.title': 'Conecte uma loja',
  'stores.how.connect.body':
    'Aprove a Northwind no Shopify, no Etsy ou no WooCommerce, ou use seu login de administrador do Pressero.',
  'stores.how.import.title': 'Seus produtos são importados',
  'stores.how.import.body': 'Produtos e variantes são lidos da loja e mantidos atualizados.',
  'stores.how.print.title': 'Os pedidos vão para a impressão',
  'stores.how.print.body':
    'Associe os produtos ao nosso catálogo de impressão, e os novos pedidos chegam sozinhos à produção.',
  'stores.dev.title': 'Testando localmente',
  'stores.dev.body':
    'Em desenvolvimento, a API do Vitrine simula cada plataforma nesta máquina: nenhuma loja real é necessária.',
  'stores.dev.shopifyShop': 'Endereço da loja Shopify',
  'stores.dev.wooUrl': 'Endereço da loja WooCommerce',
  'stores.dev.shopAdmin': 'Admin da loja de demonstração',
  'stores.dev.wooAdmin': 'Chaves de API da loja de demonstração',
  'stores.dev.reauth':
    'Para ver uma loja que precisa ser reconectada, clique em “{revoke}” no admin da loja de demonstração e depois em “{check}” aqui.',
  'stores.dev.simulators': 'Simuladores',
  'stores.dev.newTab': '(abre em uma nova aba)',
  'products.nav': 'Produtos',
  'products.title': 'Produtos de {store}',
  'products.subtitle':
    'Associe cada variante a um dos nossos produtos de impressão e envie os arquivos: os pedidos das variantes associadas vão direto para a produção.',
  'products.storeLoading': 'esta loja',
};

const es: Catalog = {
  'app.skip': 'Saltar al contenido',
  'app.nav': 'Principal',
  'app.clients': 'Clientes',
  'app.language': 'Idioma',
  'app.role': 'Gestora de cuentas',
  'app.settings': 'Ajustes',
  'settings.title': 'Ajustes',
  'settings.subtitle':
    'Dónde se fabrican los pedidos de Northwind y cómo se enteran nuestros sistemas.',
  'app.footer': 'Northwind Print Co. · Impresión comercial y bajo demanda desde 1987',
  'app.support': '¿Necesitas ayuda? support@northwind-print.example',
  'app.breadcrumb': 'Ruta de navegación',
  'clients.title': 'Clientes',
  'clients.subtitle':
    'Las empresas para las que imprimes. Activa el acceso a Storefronts para que conecten sus tiendas en línea y envíen pedidos directamente a producción.',
  'clients.new': 'Nuevo cliente',
  'clients.search': 'Buscar clientes',
  'clients.searchPlaceholder': 'Nombre o ID de referencia',
  'clients.caption': 'Tus clientes',
  'clients.name': 'Cliente',
  'clients.reference': 'ID de referencia',
  'clients.access': 'Acceso a Storefronts',
  'clients.added': 'Alta',
  'clients.none': 'Ninguno',
  'clients.open': 'Abrir {name}',
  'clients.loadMore': 'Cargar más',
  'clients.loading': 'Cargando clientes…',
  'clients.allShown': 'Se muestran los {count} clientes',
  'clients.empty.title': 'Aún no hay clientes',
  'clients.empty.body': 'Añade las empresas para las que imprimes y luego invítalas a Storefronts.',
  'clients.empty.action': 'Añadir el primer cliente',
  'clients.noMatch.title': 'Ningún cliente coincide con «{search}»',
  'clients.noMatch.body': 'Revisa la ortografía o busca por ID de referencia.',
  'clients.noMatch.clear': 'Borrar búsqueda',
  'newClient.title': 'Nuevo cliente',
  'newClient.subtitle':
    'Añade una empresa para la que imprimes. En la página siguiente podrás invitar a su administrador a Storefronts.',
  'detail.details': 'Datos del cliente',
  'detail.detailsHint': 'Tu equipo ve estos datos; el cliente ve su nombre.',
  'detail.reference': 'ID de referencia',
  'detail.added': 'Alta: {date}',
  'detail.created':
    'Se añadió {name}. Activa el acceso a Storefronts para invitar a su administrador.',
  'detail.notFound': 'Cliente no encontrado',
  'detail.notFoundBody': 'Puede que se haya archivado o que el enlace esté incompleto.',
  'detail.back': 'Volver a clientes',
  'detail.help.title': 'Con Storefronts, {name} puede',
  'detail.help.stores': 'Conectar Shopify, Etsy, WooCommerce, Pressero o una tienda manual',
  'detail.help.products': 'Vincular sus productos a tu catálogo de impresión',
  'detail.help.orders': 'Enviar pedidos directamente a producción y seguir cada uno',
  'invite.eyebrow': 'Storefronts de Northwind Print Co.',
  'invite.heading': 'Tus pedidos de impresión en piloto automático',
  'invite.intro':
    'Conecta tus tiendas en línea con Northwind y cada pedido llega a nuestras prensas sin volver a escribirlo.',
  'invite.point1': 'Los pedidos de tus tiendas llegan solos',
  'invite.point2': 'Cada diseño va al producto de impresión correcto',
  'invite.point3': 'Sigue cada pedido de la prensa a la puerta',
  'invite.next.title': 'Qué sigue',
  'invite.next.stores.title': 'Conecta tus tiendas',
  'invite.next.stores.body':
    'Vincula Shopify, Etsy, WooCommerce o Pressero, o añade una tienda manual. Lleva unos minutos.',
  'invite.next.products.title': 'Vincula tus productos',
  'invite.next.products.body':
    'Asocia cada producto a uno de nuestro catálogo de impresión, uno a uno o con un archivo CSV.',
  'invite.next.orders.title': 'Los pedidos pasan a impresión',
  'invite.next.orders.body':
    'Los pedidos nuevos llegan solos a producción. Sigue cada uno hasta la entrega.',
  'invite.next.team':
    'Como administrador, también puedes invitar a tu equipo y elegir qué puede hacer cada persona.',
  'client.area': 'Storefronts',
  'client.team': 'Equipo',
  'client.signOut': 'Cerrar sesión',
  'client.signOutFailed': 'No pudimos cerrar tu sesión. Revisa tu conexión e inténtalo de nuevo.',
  'team.subtitle':
    'Tu equipo en Storefronts de Northwind Print Co. y lo que puede hacer cada persona.',
  'team.loading': 'Cargando tu cuenta…',
  'team.you.title': 'Tu acceso',
  'team.you.manage':
    'Como administrador, puedes invitar a personas, cambiar lo que puede hacer cada una y quitarlas.',
  'team.you.askAdmin': 'Para cambiar el equipo, pídeselo a un administrador: {names}.',
  'team.you.askAnAdmin': 'Para cambiar el equipo, pídeselo a un administrador de tu empresa.',
  'signedOut.not_signed_in.title': 'Inicia sesión en Storefronts',
  'signedOut.not_signed_in.body': 'Tu página de equipo aparece aquí cuando inicias sesión.',
  'signedOut.signed_out.title': 'Has cerrado sesión',
  'signedOut.signed_out.body':
    'Gracias por pasar. Tu página de equipo aparece aquí cuando vuelvas a iniciar sesión.',
  'signedOut.access_ended.title': 'Tu acceso ha terminado',
  'signedOut.access_ended.body':
    'Tu acceso a Storefronts ya no está activo. Pide a un administrador de tu empresa que te invite de nuevo.',
  'signedOut.demo':
    'Esta demo no tiene formulario de inicio de sesión: aceptar una invitación inicia tu sesión. Un portal real pide una contraseña o usa inicio de sesión único aquí.',
  'invite.signingIn': 'Iniciando sesión…',
  'invite.openTeam': 'Abrir tu página de equipo',
  'invite.signInFailed': 'Tu invitación está aceptada, pero no pudimos iniciar tu sesión.',
  'invite.next.member':
    'Tu página de equipo muestra quién más trabaja en la cuenta y qué puede hacer cada persona.',
  'detail.team.title': 'Equipo',
  'detail.team.off':
    'Activa el acceso a Storefronts para invitar al administrador de {name}. Su equipo aparecerá aquí, y podrás invitar y gestionar personas por ellos.',
  'notFound.title': 'Página no encontrada',
  'notFound.body': 'La página que buscas no existe.',
  'client.stores': 'Tiendas',
  'bulk.title': 'Operaciones masivas',
  'products.bulk': 'Asignar productos en bloque con una hoja de cálculo',
  'client.orders': 'Pedidos',
  'orders.subtitle':
    'Todos los pedidos de tus tiendas y en qué punto está cada uno, de nuestras prensas a tu cliente.',
  'orders.detailTitle': 'Detalles del pedido',
  'orders.placeTitle': 'Hacer un pedido',
  'orders.placeSubtitle': 'Un pedido a mano para {store}: elige qué imprimir y adónde enviarlo.',
  'stores.placeOrder': 'Hacer un pedido',
  'stores.placeOrderFor': 'Hacer un pedido en {store}',
  'stores.subtitle':
    'Las tiendas en línea en las que vendes. Conecta una y se importan sus productos, para que sus pedidos lleguen directamente a Northwind para imprimirse.',
  'stores.how.title': 'Cómo funciona',
  'stores.how.connect.title': 'Conecta una tienda',
  'stores.how.connect.body':
    'Aprueba a Northwind en Shopify, Etsy o WooCommerce, o usa tu acceso de administrador de Pressero.',
  'stores.how.import.title': 'Se importan tus productos',
  'stores.how.import.body': 'Los productos y variantes se leen de la tienda y se mantienen al día.',
  'stores.how.print.title': 'Los pedidos pasan a impresión',
  'stores.how.print.body':
    'Vincula los productos a nuestro catálogo de impresión y los pedidos nuevos llegarán solos a producción.',
  'stores.dev.title': 'Pruébalo en local',
  'stores.dev.body':
    'En desarrollo, la API de Vitrine simula cada plataforma en esta máquina: no hace falta ninguna tienda real.',
  'stores.dev.shopifyShop': 'Dirección de la tienda Shopify',
  'stores.dev.wooUrl': 'Dirección de la tienda WooCommerce',
  'stores.dev.shopAdmin': 'Administración de la tienda de demostración',
  'stores.dev.wooAdmin': 'Claves de API de la tienda de demostración',
  'stores.dev.reauth':
    'Para ver una tienda que hay que volver a conectar, pulsa «{revoke}» en la administración de la tienda de demostración y luego «{check}» aquí.',
  'stores.dev.simulators': 'Simuladores',
  'stores.dev.newTab': '(se abre en una pestaña nueva)',
  'products.nav': 'Productos',
  'products.title': 'Productos de {store}',
  'products.subtitle':
    'Asigna cada variante a uno de nuestros productos de impresión e indica sus archivos: los pedidos de las variantes asignadas pasan directamente a producción.',
  'products.storeLoading': 'esta tienda',
};

const fr: Catalog = {
  'app.skip': 'Aller au contenu',
  'app.nav': 'Principale',
  'app.clients': 'Clients',
  'app.language': 'Langue',
  'app.settings': 'Paramètres',
  'settings.title': 'Paramètres',
  'settings.subtitle':
    'Où les commandes de Northwind sont fabriquées, et comment nos systèmes en sont informés.',
  'app.role': 'Chargée de clientèle',
  'app.footer': 'Northwind Print Co. · Impression commerciale et à la demande depuis 1987',
  'app.support': 'Besoin d’aide ? support@northwind-print.example',
  'app.breadcrumb': 'Fil d’Ariane',
  'clients.title': 'Clients',
  'clients.subtitle':
    'Les entreprises pour lesquelles vous imprimez. Activez l’accès Storefronts pour qu’elles connectent leurs boutiques en ligne et envoient leurs commandes directement en production.',
  'clients.new': 'Nouveau client',
  'clients.search': 'Rechercher des clients',
  'clients.searchPlaceholder': 'Nom ou ID de référence',
  'clients.caption': 'Vos clients',
  'clients.name': 'Client',
  'clients.reference': 'ID de référence',
  'clients.access': 'Accès Storefronts',
  'clients.added': 'Ajouté le',
  'clients.none': 'Aucun',
  'clients.open': 'Ouvrir {name}',
  'clients.loadMore': 'Afficher plus',
  'clients.loading': 'Chargement des clients…',
  'clients.allShown': 'Les {count} clients sont affichés',
  'clients.empty.title': 'Aucun client pour l’instant',
  'clients.empty.body':
    'Ajoutez les entreprises pour lesquelles vous imprimez, puis invitez-les sur Storefronts.',
  'clients.empty.action': 'Ajouter un premier client',
  'clients.noMatch.title': 'Aucun client ne correspond à « {search} »',
  'clients.noMatch.body': 'Vérifiez l’orthographe ou cherchez par ID de référence.',
  'clients.noMatch.clear': 'Effacer la recherche',
  'newClient.title': 'Nouveau client',
  'newClient.subtitle':
    'Ajoutez une entreprise pour laquelle vous imprimez. À la page suivante, vous pourrez inviter son administrateur sur Storefronts.',
  'detail.details': 'Informations du client',
  'detail.detailsHint': 'Votre équipe voit ces informations ; le client voit son nom.',
  'detail.reference': 'ID de référence',
  'detail.added': 'Ajouté le {date}',
  'detail.created':
    '{name} a été ajouté. Activez l’accès Storefronts pour inviter son administrateur.',
  'detail.notFound': 'Client introuvable',
  'detail.notFoundBody': 'Il a peut-être été archivé, ou le lien est incomplet.',
  'detail.back': 'Retour aux clients',
  'detail.help.title': 'Avec Storefronts, {name} peut',
  'detail.help.stores': 'Connecter Shopify, Etsy, WooCommerce, Pressero ou une boutique manuelle',
  'detail.help.products': 'Associer ses produits à votre catalogue d’impression',
  'detail.help.orders': 'Envoyer ses commandes directement en production et suivre chacune',
  'invite.eyebrow': 'Storefronts par Northwind Print Co.',
  'invite.heading': 'Vos commandes d’impression en pilote automatique',
  'invite.intro':
    'Connectez vos boutiques en ligne à Northwind : chaque commande arrive sur nos presses sans ressaisie.',
  'invite.point1': 'Les commandes de vos boutiques arrivent toutes seules',
  'invite.point2': 'Chaque visuel va au bon produit d’impression',
  'invite.point3': 'Suivez chaque commande de la presse à la livraison',
  'invite.next.title': 'Et maintenant ?',
  'invite.next.stores.title': 'Connectez vos boutiques',
  'invite.next.stores.body':
    'Reliez Shopify, Etsy, WooCommerce ou Pressero, ou ajoutez une boutique manuelle. Cela prend quelques minutes.',
  'invite.next.products.title': 'Associez vos produits',
  'invite.next.products.body':
    'Associez chaque produit à un article de notre catalogue, un par un ou avec un fichier CSV.',
  'invite.next.orders.title': 'Les commandes partent à l’impression',
  'invite.next.orders.body':
    'Les nouvelles commandes arrivent seules en production. Suivez chacune jusqu’à la livraison.',
  'invite.next.team':
    'En tant qu’administrateur, vous pouvez aussi inviter votre équipe et choisir ce que chacun peut faire.',
  'client.area': 'Storefronts',
  'client.team': 'Équipe',
  'client.signOut': 'Se déconnecter',
  'client.signOutFailed':
    'Nous n’avons pas pu vous déconnecter. Vérifiez votre connexion et réessayez.',
  'team.subtitle':
    'Votre équipe sur Storefronts par Northwind Print Co., et ce que chacun peut faire.',
  'team.loading': 'Chargement de votre compte…',
  'team.you.title': 'Votre accès',
  'team.you.manage':
    'En tant qu’administrateur, vous pouvez inviter des personnes, changer ce que chacune peut faire et les retirer.',
  'team.you.askAdmin': 'Pour modifier l’équipe, adressez-vous à un administrateur : {names}.',
  'team.you.askAnAdmin':
    'Pour modifier l’équipe, adressez-vous à un administrateur de votre entreprise.',
  'signedOut.not_signed_in.title': 'Connectez-vous à Storefronts',
  'signedOut.not_signed_in.body': 'Votre page d’équipe s’affiche ici une fois connecté.',
  'signedOut.signed_out.title': 'Vous êtes déconnecté',
  'signedOut.signed_out.body':
    'Merci de votre visite. Votre page d’équipe s’affiche ici quand vous vous reconnectez.',
  'signedOut.access_ended.title': 'Votre accès a pris fin',
  'signedOut.access_ended.body':
    'Votre accès à Storefronts n’est plus actif. Demandez à un administrateur de votre entreprise de vous inviter à nouveau.',
  'signedOut.demo':
    'Cette démo n’a pas de formulaire de connexion : accepter une invitation vous connecte. Un vrai portail demande ici un mot de passe ou utilise l’authentification unique.',
  'invite.signingIn': 'Connexion…',
  'invite.openTeam': 'Ouvrir votre page d’équipe',
  'invite.signInFailed': 'Votre invitation est acceptée, mais nous n’avons pas pu vous connecter.',
  'invite.next.member':
    'Votre page d’équipe montre qui d’autre travaille sur le compte, et ce que chacun peut faire.',
  'detail.team.title': 'Équipe',
  'detail.team.off':
    'Activez l’accès Storefronts pour inviter l’administrateur de {name}. Son équipe s’affiche alors ici, et vous pouvez inviter et gérer des personnes pour lui.',
  'notFound.title': 'Page introuvable',
  'notFound.body': 'La page que vous cherchez n’existe pas.',
  'client.stores': 'Boutiques',
  'bulk.title': 'Opérations groupées',
  'products.bulk': 'Associer des produits en masse avec un tableur',
  'client.orders': 'Commandes',
  'orders.subtitle':
    'Toutes les commandes de vos boutiques, et où en est chacune entre nos presses et votre client.',
  'orders.detailTitle': 'Détails de la commande',
  'orders.placeTitle': 'Passer une commande',
  'orders.placeSubtitle':
    'Une commande saisie à la main pour {store} : choisissez quoi imprimer et où l’expédier.',
  'stores.placeOrder': 'Passer une commande',
  'stores.placeOrderFor': 'Passer une commande sur {store}',
  'stores.subtitle':
    'Les boutiques en ligne sur lesquelles vous vendez. Connectez-en une et ses produits sont importés, pour que ses commandes arrivent directement chez Northwind pour l’impression.',
  'stores.how.title': 'Comment ça marche',
  'stores.how.connect.title': 'Connectez une boutique',
  'stores.how.connect.body':
    'Autorisez Northwind dans Shopify, Etsy ou WooCommerce, ou utilisez votre identifiant administrateur Pressero.',
  'stores.how.import.title': 'Vos produits sont importés',
  'stores.how.import.body':
    'Les produits et leurs variantes sont lus dans la boutique et tenus à jour.',
  'stores.how.print.title': 'Les commandes partent à l’impression',
  'stores.how.print.body':
    'Associez les produits à notre catalogue d’impression, et les nouvelles commandes arrivent seules en production.',
  'stores.dev.title': 'Essayer en local',
  'stores.dev.body':
    'En développement, l’API Vitrine simule chaque plateforme sur cette machine : aucune vraie boutique n’est nécessaire.',
  'stores.dev.shopifyShop': 'Adresse de la boutique Shopify',
  'stores.dev.wooUrl': 'Adresse de la boutique WooCommerce',
  'stores.dev.shopAdmin': 'Administration de la boutique de démonstration',
  'stores.dev.wooAdmin': 'Clés d’API de la boutique de démonstration',
  'stores.dev.reauth':
    'Pour voir une boutique à reconnecter, cliquez sur « {revoke} » dans l’administration de la boutique de démonstration, puis sur « {check} » ici.',
  'stores.dev.simulators': 'Simulateurs',
  'stores.dev.newTab': '(s’ouvre dans un nouvel onglet)',
  'products.nav': 'Produits',
  'products.title': 'Produits de {store}',
  'products.subtitle':
    'Associez chaque variante à l’un de nos produits d’impression et fournissez ses fichiers : les commandes des variantes associées partent directement en production.',
  'products.storeLoading': 'cette boutique',
};

const it: Catalog = {
  'app.skip': 'Vai al contenuto',
  'app.nav': 'Principale',
  'app.clients': 'Clienti',
  'app.language': 'Lingua',
  'app.settings': 'Impostazioni',
  'settings.title': 'Impostazioni',
  'settings.subtitle':
    'Dove vengono prodotti gli ordini di Northwind e come ne vengono informati i nostri sistemi.',
  'app.role': 'Account manager',
  'app.footer': 'Northwind Print Co. · Stampa commerciale e on demand dal 1987',
  'app.support': 'Serve aiuto? support@northwind-print.example',
  'app.breadcrumb': 'Percorso',
  'clients.title': 'Clienti',
  'clients.subtitle':
    'Le aziende per cui stampi. Attiva l’accesso a Storefronts perché colleghino i loro negozi online e inviino gli ordini direttamente in produzione.',
  'clients.new': 'Nuovo cliente',
  'clients.search': 'Cerca clienti',
  'clients.searchPlaceholder': 'Nome o ID di riferimento',
  'clients.caption': 'I tuoi clienti',
  'clients.name': 'Cliente',
  'clients.reference': 'ID di riferimento',
  'clients.access': 'Accesso a Storefronts',
  'clients.added': 'Aggiunto il',
  'clients.none': 'Nessuno',
  'clients.open': 'Apri {name}',
  'clients.loadMore': 'Carica altri',
  'clients.loading': 'Caricamento clienti…',
  'clients.allShown': 'Tutti i {count} clienti sono visualizzati',
  'clients.empty.title': 'Ancora nessun cliente',
  'clients.empty.body': 'Aggiungi le aziende per cui stampi, poi invitale su Storefronts.',
  'clients.empty.action': 'Aggiungi il primo cliente',
  'clients.noMatch.title': 'Nessun cliente corrisponde a “{search}”',
  'clients.noMatch.body': 'Controlla l’ortografia o cerca per ID di riferimento.',
  'clients.noMatch.clear': 'Cancella ricerca',
  'newClient.title': 'Nuovo cliente',
  'newClient.subtitle':
    'Aggiungi un’azienda per cui stampi. Nella pagina successiva potrai invitare il suo amministratore su Storefronts.',
  'detail.details': 'Dati del cliente',
  'detail.detailsHint': 'Il tuo team vede questi dati; il cliente vede il suo nome.',
  'detail.reference': 'ID di riferimento',
  'detail.added': 'Aggiunto il {date}',
  'detail.created':
    '{name} è stato aggiunto. Attiva l’accesso a Storefronts per invitare il suo amministratore.',
  'detail.notFound': 'Cliente non trovato',
  'detail.notFoundBody': 'Potrebbe essere stato archiviato, oppure il link è incompleto.',
  'detail.back': 'Torna ai clienti',
  'detail.help.title': 'Con Storefronts, {name} può',
  'detail.help.stores': 'Collegare Shopify, Etsy, WooCommerce, Pressero o un negozio manuale',
  'detail.help.products': 'Abbinare i suoi prodotti al tuo catalogo di stampa',
  'detail.help.orders': 'Inviare gli ordini direttamente in produzione e seguirli uno per uno',
  'invite.eyebrow': 'Storefronts di Northwind Print Co.',
  'invite.heading': 'I tuoi ordini di stampa con il pilota automatico',
  'invite.intro':
    'Collega i tuoi negozi online a Northwind: ogni ordine arriva alle nostre macchine senza ribattere nulla.',
  'invite.point1': 'Gli ordini dei tuoi negozi arrivano da soli',
  'invite.point2': 'Ogni grafica va al prodotto di stampa giusto',
  'invite.point3': 'Segui ogni ordine dalla stampa alla consegna',
  'invite.next.title': 'Cosa succede ora',
  'invite.next.stores.title': 'Collega i tuoi negozi',
  'invite.next.stores.body':
    'Collega Shopify, Etsy, WooCommerce o Pressero, oppure aggiungi un negozio manuale. Bastano pochi minuti.',
  'invite.next.products.title': 'Abbina i tuoi prodotti',
  'invite.next.products.body':
    'Abbina ogni prodotto a uno del nostro catalogo di stampa, uno alla volta o con un file CSV.',
  'invite.next.orders.title': 'Gli ordini vanno in stampa',
  'invite.next.orders.body':
    'I nuovi ordini arrivano da soli in produzione. Seguili uno per uno fino alla consegna.',
  'invite.next.team':
    'Come amministratore puoi anche invitare il tuo team e scegliere cosa può fare ciascuno.',
  'client.area': 'Storefronts',
  'client.team': 'Team',
  'client.signOut': 'Esci',
  'client.signOutFailed': 'Non siamo riusciti a farti uscire. Controlla la connessione e riprova.',
  'team.subtitle': 'Il tuo team su Storefronts di Northwind Print Co. e cosa può fare ciascuno.',
  'team.loading': 'Caricamento del tuo account…',
  'team.you.title': 'Il tuo accesso',
  'team.you.manage':
    'Come amministratore puoi invitare persone, cambiare cosa può fare ciascuna e rimuoverle.',
  'team.you.askAdmin': 'Per cambiare il team, chiedi a un amministratore: {names}.',
  'team.you.askAnAdmin': 'Per cambiare il team, chiedi a un amministratore della tua azienda.',
  'signedOut.not_signed_in.title': 'Accedi a Storefronts',
  'signedOut.not_signed_in.body': 'La pagina del tuo team compare qui dopo l’accesso.',
  'signedOut.signed_out.title': 'Sei uscito',
  'signedOut.signed_out.body':
    'Grazie della visita. La pagina del tuo team compare qui quando accedi di nuovo.',
  'signedOut.access_ended.title': 'Il tuo accesso è terminato',
  'signedOut.access_ended.body':
    'Il tuo accesso a Storefronts non è più attivo. Chiedi a un amministratore della tua azienda di invitarti di nuovo.',
  'signedOut.demo':
    'Questa demo non ha un modulo di accesso: accettare un invito ti fa accedere. Un portale reale qui chiede una password o usa il single sign-on.',
  'invite.signingIn': 'Accesso in corso…',
  'invite.openTeam': 'Apri la pagina del tuo team',
  'invite.signInFailed': 'Il tuo invito è accettato, ma non siamo riusciti a farti accedere.',
  'invite.next.member':
    'La pagina del tuo team mostra chi altro lavora sull’account e cosa può fare ciascuno.',
  'detail.team.title': 'Team',
  'detail.team.off':
    'Attiva l’accesso a Storefronts per invitare l’amministratore di {name}. Il suo team compare poi qui, e puoi invitare e gestire persone per suo conto.',
  'notFound.title': 'Pagina non trovata',
  'notFound.body': 'La pagina che cerchi non esiste.',
  'client.stores': 'Negozi',
  'bulk.title': 'Operazioni in blocco',
  'products.bulk': 'Associare prodotti in blocco con un foglio di calcolo',
  'client.orders': 'Ordini',
  'orders.subtitle':
    'Tutti gli ordini dei tuoi negozi, e a che punto è ciascuno tra le nostre macchine da stampa e il tuo cliente.',
  'orders.detailTitle': 'Dettagli dell’ordine',
  'orders.placeTitle': 'Effettua un ordine',
  'orders.placeSubtitle':
    'Un ordine inserito a mano per {store}: scegli cosa stampare e dove spedirlo.',
  'stores.placeOrder': 'Effettua un ordine',
  'stores.placeOrderFor': 'Effettua un ordine su {store}',
  'stores.subtitle':
    'I negozi online in cui vendi. Collegane uno e i suoi prodotti vengono importati, così i suoi ordini arrivano direttamente a Northwind per la stampa.',
  'stores.how.title': 'Come funziona',
  'stores.how.connect.title': 'Collega un negozio',
  'stores.how.connect.body':
    'Autorizza Northwind in Shopify, Etsy o WooCommerce, oppure usa il tuo accesso di amministratore Pressero.',
  'stores.how.import.title': 'I tuoi prodotti vengono importati',
  'stores.how.import.body': 'Prodotti e varianti vengono letti dal negozio e mantenuti aggiornati.',
  'stores.how.print.title': 'Gli ordini vanno in stampa',
  'stores.how.print.body':
    'Abbina i prodotti al nostro catalogo di stampa e i nuovi ordini arrivano da soli in produzione.',
  'stores.dev.title': 'Provarlo in locale',
  'stores.dev.body':
    'In sviluppo l’API di Vitrine simula ogni piattaforma su questa macchina: non serve un negozio vero.',
  'stores.dev.shopifyShop': 'Indirizzo del negozio Shopify',
  'stores.dev.wooUrl': 'Indirizzo del negozio WooCommerce',
  'stores.dev.shopAdmin': 'Amministrazione del negozio demo',
  'stores.dev.wooAdmin': 'Chiavi API del negozio demo',
  'stores.dev.reauth':
    'Per vedere un negozio da ricollegare, premi «{revoke}» nell’amministrazione del negozio demo, poi «{check}» qui.',
  'stores.dev.simulators': 'Simulatori',
  'stores.dev.newTab': '(si apre in una nuova scheda)',
  'products.nav': 'Prodotti',
  'products.title': 'Prodotti di {store}',
  'products.subtitle':
    'Associa ogni variante a uno dei nostri prodotti di stampa e indica i suoi file: gli ordini delle varianti associate vanno direttamente in produzione.',
  'products.storeLoading': 'questo negozio',
};

const de: Catalog = {
  'app.skip': 'Zum Inhalt springen',
  'app.nav': 'Hauptnavigation',
  'app.clients': 'Kunden',
  'app.settings': 'Einstellungen',
  'settings.title': 'Einstellungen',
  'settings.subtitle':
    'Wo die Bestellungen von Northwind hergestellt werden und wie unsere Systeme davon erfahren.',
  'app.language': 'Sprache',
  'app.role': 'Kundenbetreuerin',
  'app.footer': 'Northwind Print Co. · Akzidenz- und Digitaldruck seit 1987',
  'app.support': 'Hilfe nötig? support@northwind-print.example',
  'app.breadcrumb': 'Brotkrümelnavigation',
  'clients.title': 'Kunden',
  'clients.subtitle':
    'Die Unternehmen, für die Sie drucken. Schalten Sie den Storefronts-Zugang frei, damit sie ihre Onlineshops verbinden und Bestellungen direkt in die Produktion senden.',
  'clients.new': 'Neuer Kunde',
  'clients.search': 'Kunden suchen',
  'clients.searchPlaceholder': 'Name oder Referenz-ID',
  'clients.caption': 'Ihre Kunden',
  'clients.name': 'Kunde',
  'clients.reference': 'Referenz-ID',
  'clients.access': 'Storefronts-Zugang',
  'clients.added': 'Angelegt',
  'clients.none': 'Keine',
  'clients.open': '{name} öffnen',
  'clients.loadMore': 'Mehr laden',
  'clients.loading': 'Kunden werden geladen …',
  'clients.allShown': 'Alle {count} Kunden werden angezeigt',
  'clients.empty.title': 'Noch keine Kunden',
  'clients.empty.body':
    'Legen Sie die Unternehmen an, für die Sie drucken, und laden Sie sie zu Storefronts ein.',
  'clients.empty.action': 'Ersten Kunden anlegen',
  'clients.noMatch.title': 'Kein Kunde passt zu „{search}“',
  'clients.noMatch.body': 'Prüfen Sie die Schreibweise oder suchen Sie nach der Referenz-ID.',
  'clients.noMatch.clear': 'Suche löschen',
  'newClient.title': 'Neuer Kunde',
  'newClient.subtitle':
    'Legen Sie ein Unternehmen an, für das Sie drucken. Auf der nächsten Seite können Sie dessen Admin zu Storefronts einladen.',
  'detail.details': 'Kundendaten',
  'detail.detailsHint': 'Ihr Team sieht diese Angaben; der Kunde sieht seinen Namen.',
  'detail.reference': 'Referenz-ID',
  'detail.added': 'Angelegt am {date}',
  'detail.created':
    '{name} wurde angelegt. Schalten Sie den Storefronts-Zugang frei, um den Admin einzuladen.',
  'detail.notFound': 'Kunde nicht gefunden',
  'detail.notFoundBody': 'Er wurde vielleicht archiviert, oder der Link ist unvollständig.',
  'detail.back': 'Zurück zu den Kunden',
  'detail.help.title': 'Mit Storefronts kann {name}',
  'detail.help.stores': 'Shopify, Etsy, WooCommerce, Pressero oder einen manuellen Shop verbinden',
  'detail.help.products': 'die eigenen Produkte Ihrem Druckkatalog zuordnen',
  'detail.help.orders': 'Bestellungen direkt in die Produktion senden und jede verfolgen',
  'invite.eyebrow': 'Storefronts von Northwind Print Co.',
  'invite.heading': 'Ihre Druckaufträge auf Autopilot',
  'invite.intro':
    'Verbinden Sie Ihre Onlineshops mit Northwind, und jede Bestellung kommt ohne Abtippen an unsere Druckmaschinen.',
  'invite.point1': 'Bestellungen aus Ihren Shops kommen von selbst',
  'invite.point2': 'Jedes Motiv landet beim richtigen Druckprodukt',
  'invite.point3': 'Verfolgen Sie jede Bestellung von der Druckmaschine bis zur Haustür',
  'invite.next.title': 'So geht es weiter',
  'invite.next.stores.title': 'Shops verbinden',
  'invite.next.stores.body':
    'Verbinden Sie Shopify, Etsy, WooCommerce oder Pressero, oder legen Sie einen manuellen Shop an. Das dauert nur wenige Minuten.',
  'invite.next.products.title': 'Produkte zuordnen',
  'invite.next.products.body':
    'Ordnen Sie jedes Produkt einem Artikel aus unserem Druckkatalog zu, einzeln oder per CSV-Datei.',
  'invite.next.orders.title': 'Bestellungen gehen in den Druck',
  'invite.next.orders.body':
    'Neue Bestellungen erreichen die Produktion von selbst. Verfolgen Sie jede bis zur Zustellung.',
  'invite.next.team':
    'Als Admin können Sie auch Ihr Team einladen und festlegen, was jede Person tun darf.',
  'client.area': 'Storefronts',
  'client.team': 'Team',
  'client.signOut': 'Abmelden',
  'client.signOutFailed':
    'Wir konnten Sie nicht abmelden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'team.subtitle': 'Ihr Team bei Storefronts von Northwind Print Co. und was jede Person tun darf.',
  'team.loading': 'Ihr Konto wird geladen …',
  'team.you.title': 'Ihr Zugang',
  'team.you.manage':
    'Als Admin können Sie Personen einladen, ändern, was jede Person tun darf, und Personen entfernen.',
  'team.you.askAdmin': 'Um das Team zu ändern, wenden Sie sich an einen Admin: {names}.',
  'team.you.askAnAdmin':
    'Um das Team zu ändern, wenden Sie sich an einen Admin Ihres Unternehmens.',
  'signedOut.not_signed_in.title': 'Bei Storefronts anmelden',
  'signedOut.not_signed_in.body': 'Ihre Teamseite erscheint hier, sobald Sie angemeldet sind.',
  'signedOut.signed_out.title': 'Sie sind abgemeldet',
  'signedOut.signed_out.body':
    'Danke für Ihren Besuch. Ihre Teamseite erscheint hier, wenn Sie sich wieder anmelden.',
  'signedOut.access_ended.title': 'Ihr Zugang ist beendet',
  'signedOut.access_ended.body':
    'Ihr Storefronts-Zugang ist nicht mehr aktiv. Bitten Sie einen Admin Ihres Unternehmens, Sie erneut einzuladen.',
  'signedOut.demo':
    'Diese Demo hat kein Anmeldeformular: Wer eine Einladung annimmt, ist angemeldet. Ein echtes Portal fragt hier nach einem Passwort oder nutzt Single Sign-on.',
  'invite.signingIn': 'Sie werden angemeldet …',
  'invite.openTeam': 'Ihre Teamseite öffnen',
  'invite.signInFailed': 'Ihre Einladung ist angenommen, aber wir konnten Sie nicht anmelden.',
  'invite.next.member':
    'Ihre Teamseite zeigt, wer sonst am Konto arbeitet und was jede Person tun darf.',
  'detail.team.title': 'Team',
  'detail.team.off':
    'Schalten Sie den Storefronts-Zugang frei, um den Admin von {name} einzuladen. Das Team erscheint dann hier, und Sie können Personen für den Kunden einladen und verwalten.',
  'notFound.title': 'Seite nicht gefunden',
  'notFound.body': 'Die gesuchte Seite gibt es nicht.',
  'client.stores': 'Shops',
  'bulk.title': 'Massenbearbeitung',
  'products.bulk': 'Produkte per Tabelle in großer Zahl zuordnen',
  'client.orders': 'Bestellungen',
  'orders.subtitle':
    'Alle Bestellungen Ihrer Shops und wo jede auf dem Weg von unseren Druckmaschinen zu Ihrer Kundschaft steht.',
  'orders.detailTitle': 'Bestelldetails',
  'orders.placeTitle': 'Bestellung aufgeben',
  'orders.placeSubtitle':
    'Eine von Hand erfasste Bestellung für {store}: Wählen Sie, was gedruckt und wohin es geliefert wird.',
  'stores.placeOrder': 'Bestellung aufgeben',
  'stores.placeOrderFor': 'Bestellung in {store} aufgeben',
  'stores.subtitle':
    'Die Onlineshops, über die Sie verkaufen. Verbinden Sie einen, und seine Produkte werden importiert, damit seine Bestellungen direkt bei Northwind in den Druck gehen.',
  'stores.how.title': 'So funktioniert es',
  'stores.how.connect.title': 'Shop verbinden',
  'stores.how.connect.body':
    'Geben Sie Northwind in Shopify, Etsy oder WooCommerce frei, oder nutzen Sie Ihr Pressero-Admin-Login.',
  'stores.how.import.title': 'Ihre Produkte werden importiert',
  'stores.how.import.body':
    'Produkte und Varianten werden aus dem Shop gelesen und aktuell gehalten.',
  'stores.how.print.title': 'Bestellungen gehen in den Druck',
  'stores.how.print.body':
    'Ordnen Sie die Produkte unserem Druckkatalog zu, und neue Bestellungen erreichen die Produktion von selbst.',
  'stores.dev.title': 'Lokal ausprobieren',
  'stores.dev.body':
    'In der Entwicklung simuliert die Vitrine-API jede Plattform auf diesem Rechner: Ein echter Shop ist nicht nötig.',
  'stores.dev.shopifyShop': 'Adresse des Shopify-Shops',
  'stores.dev.wooUrl': 'Adresse des WooCommerce-Shops',
  'stores.dev.shopAdmin': 'Verwaltung des Demo-Shops',
  'stores.dev.wooAdmin': 'API-Schlüssel des Demo-Shops',
  'stores.dev.reauth':
    'Um einen Shop zu sehen, der neu verbunden werden muss, klicken Sie in der Verwaltung des Demo-Shops auf „{revoke}“ und dann hier auf „{check}“.',
  'stores.dev.simulators': 'Simulatoren',
  'stores.dev.newTab': '(öffnet in einem neuen Tab)',
  'products.nav': 'Produkte',
  'products.title': 'Produkte von {store}',
  'products.subtitle':
    'Ordnen Sie jeder Variante eines unserer Druckprodukte zu und geben Sie ihre Druckdateien an: Bestellungen zugeordneter Varianten gehen direkt in die Produktion.',
  'products.storeLoading': 'diesem Shop',
};

const catalogs: Record<Locale, Catalog> = { en, 'pt-BR': ptBR, es, fr, it, de };

/** Shown in each language's own name, so everyone can find theirs. */
export const languages: ReadonlyArray<{ locale: Locale; label: string }> = [
  { locale: 'en', label: 'English' },
  { locale: 'pt-BR', label: 'Português (Brasil)' },
  { locale: 'es', label: 'Español' },
  { locale: 'fr', label: 'Français' },
  { locale: 'it', label: 'Italiano' },
  { locale: 'de', label: 'Deutsch' },
];

export type PortalTranslate = (
  key: PortalMessageKey,
  values?: Record<string, string | number>,
) => string;

export function portalTranslator(locale: Locale): PortalTranslate {
  const catalog = catalogs[locale];
  return (key, values) =>
    catalog[key].replace(/\{(\w+)\}/g, (match, name: string) =>
      values?.[name] === undefined ? match : String(values[name]),
    );
}

const storageKey = 'northwind.locale';

export function initialLocale(): Locale {
  try {
    const saved = window.localStorage.getItem(storageKey);
    if (saved) return resolveLocale(saved);
  } catch {
    // Storage may be blocked; fall back to the browser's language.
  }
  return resolveLocale(window.navigator.language);
}

export function saveLocale(locale: Locale) {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Not remembered across visits, which is fine.
  }
}

export interface PortalLocale {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: PortalTranslate;
}

export const PortalLocaleContext = createContext<PortalLocale | null>(null);

export function usePortalLocale(): PortalLocale {
  const value = useContext(PortalLocaleContext);
  if (!value) throw new Error('usePortalLocale needs <PortalLocaleContext.Provider>');
  return value;
}
