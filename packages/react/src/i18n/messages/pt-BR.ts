import type { Messages } from './en.js';

export const ptBR: Messages = {
  // shared
  'common.cancel': 'Cancelar',
  'common.close': 'Fechar',
  'common.retry': 'Tentar novamente',
  'common.save': 'Salvar',
  'common.saving': 'Salvando…',
  'common.loading': 'Carregando…',
  'common.optional': 'opcional',
  'common.required': 'obrigatório',

  // ClientForm
  'clientForm.title.create': 'Novo cliente',
  'clientForm.title.edit': 'Editar cliente',
  'clientForm.name.label': 'Nome do cliente',
  'clientForm.name.hint': 'O nome da empresa que sua equipe e o cliente verão.',
  'clientForm.referenceId.label': 'ID de referência',
  'clientForm.referenceId.hint':
    'Seu próprio ID para este cliente, por exemplo, o do seu ERP. Também é usado como ID de integração do Pressero.',
  'clientForm.description.label': 'Descrição',
  'clientForm.description.hint': 'Observações para sua equipe.',
  'clientForm.submit.create': 'Criar cliente',
  'clientForm.submit.edit': 'Salvar alterações',
  'clientForm.submitting.create': 'Criando…',
  'clientForm.submitting.edit': 'Salvando…',
  'clientForm.success.create': 'Cliente “{name}” criado.',
  'clientForm.success.edit': 'Alterações salvas.',
  'clientForm.loadError': 'Não foi possível carregar o cliente.',

  // field validation (by zod issue code or API code)
  'validation.required': 'Este campo é obrigatório.',
  'validation.tooLong': 'Use no máximo {max} caracteres.',
  'validation.tooShort': 'Use pelo menos {min} caracteres.',
  'validation.email': 'Informe um endereço de e-mail válido, como nome@example.com.',
  'validation.referenceId':
    'Use apenas letras, números e . _ : / -, começando com uma letra ou um número.',
  'validation.invalid': 'Este valor não é válido.',

  // AccessToggle
  'access.title': 'Acesso ao Storefronts',
  'access.description':
    'Permite que este cliente faça login para conectar lojas, vincular produtos ao catálogo e acompanhar pedidos.',
  'access.switchLabel': 'Acesso ao Storefronts para {client}',
  'access.state.off': 'Desativado',
  'access.state.invited': 'Convite enviado',
  'access.state.active': 'Ativo',
  'access.state.expired': 'Convite expirado',
  'access.admin': 'Administrador',
  'access.invitedOn': 'Convite enviado em {date}',
  'access.expiresOn': 'Link válido até {date}',
  'access.expiredOn': 'O link expirou em {date}. Envie um novo.',
  'access.activeSince': 'Ativo desde {date}',
  'access.resend': 'Reenviar convite',
  'access.resending': 'Enviando…',
  'access.resent': 'Um novo convite foi enviado para {email}.',
  'access.enable.title': 'Ativar o acesso ao Storefronts',
  'access.enable.description':
    'Enviaremos um convite por e-mail ao administrador do cliente. Depois, ele poderá convidar a própria equipe.',
  'access.enable.email': 'E-mail do administrador',
  'access.enable.firstName': 'Nome',
  'access.enable.lastName': 'Sobrenome',
  'access.enable.submit': 'Enviar convite',
  'access.enable.submitting': 'Enviando…',
  'access.disable.title': 'Desativar o acesso ao Storefronts?',
  'access.disable.description':
    '{client} e sua equipe perderão o acesso imediatamente. Os convites pendentes deixarão de funcionar. Usuários, lojas e histórico serão mantidos, e você poderá reativar o acesso depois.',
  'access.disable.confirm': 'Desativar acesso',
  'access.disable.submitting': 'Desativando…',
  'access.enabled': 'O acesso está ativado. Um convite foi enviado para {email}.',
  'access.disabled': 'O acesso está desativado.',
  'access.loadError': 'Não foi possível carregar as configurações de acesso.',

  // Invitation acceptance
  'invitation.title': 'Junte-se a {client}',
  'invitation.body':
    '{provider} convidou {email} para gerenciar as lojas de {client} com o perfil {role}.',
  'invitation.accept': 'Aceitar convite',
  'invitation.accepting': 'Aceitando…',
  'invitation.accepted': 'Tudo certo! Seu acesso a {client} está ativo.',
  'invitation.invalid.title': 'Este link de convite não funciona',
  'invitation.invalid.hint': 'Peça a quem convidou você para enviar um novo convite.',
  'invitation.status.expired': 'Este convite expirou. Peça a {provider} que envie um novo.',
  'invitation.status.accepted': 'Este convite já foi aceito.',
  'invitation.status.revoked':
    'Este convite não é mais válido. Talvez um mais recente tenha sido enviado.',

  // roles
  'role.admin': 'Administrador',
  'role.store_manager': 'Gerente de lojas',
  'role.order_manager': 'Gerente de pedidos',
  'role.viewer': 'Somente visualização',

  // UserManager
  'users.title': 'Equipe',
  'users.description':
    'Pessoas que podem fazer login na conta deste cliente e o que cada uma pode fazer.',
  'users.invite': 'Convidar pessoas',
  'users.column.name': 'Nome',
  'users.column.role': 'Perfil',
  'users.column.status': 'Status',
  'users.column.actions': 'Ações',
  'users.status.active': 'Ativo',
  'users.status.invited': 'Convite enviado',
  'users.status.expired': 'Convite expirado',
  'users.you': 'você',
  'users.stores': 'Lojas: {stores}',
  'users.noStores': 'Nenhuma loja atribuída',
  'users.empty':
    'Ainda não há membros na equipe. Convide as pessoas que cuidam das lojas e dos pedidos.',
  'users.loadMore': 'Mostrar mais',
  'users.readOnly': 'Somente administradores podem alterar a equipe.',
  'users.count_one': '{count} pessoa',
  'users.count_other': '{count} pessoas',
  'users.action.changeRole': 'Alterar perfil',
  'users.action.resend': 'Reenviar convite',
  'users.action.revoke': 'Revogar convite',
  'users.action.remove': 'Remover',
  'users.actionsFor': 'Ações para {name}',
  'users.role.admin.hint': 'Tudo nesta conta, inclusive a equipe.',
  'users.role.store_manager.hint': 'As lojas atribuídas abaixo e seus produtos.',
  'users.role.order_manager.hint': 'Somente pedidos.',
  'users.role.viewer.hint': 'Vê tudo, mas não altera nada.',
  'users.inviteDialog.title': 'Convidar pessoas',
  'users.inviteDialog.description':
    'Cada pessoa receberá um e-mail com um link para entrar na equipe. Os links expiram após 7 dias.',
  'users.inviteDialog.person': 'Pessoa {number}',
  'users.inviteDialog.email': 'E-mail',
  'users.inviteDialog.firstName': 'Nome',
  'users.inviteDialog.lastName': 'Sobrenome',
  'users.inviteDialog.addPerson': 'Adicionar outra pessoa',
  'users.inviteDialog.removePerson': 'Remover pessoa {number}',
  'users.inviteDialog.role': 'Perfil',
  'users.inviteDialog.stores': 'Lojas que vai gerenciar',
  'users.inviteDialog.noStores':
    'Este cliente ainda não tem lojas. Conecte uma loja primeiro ou escolha outro perfil.',
  'users.inviteDialog.submit_one': 'Enviar convite',
  'users.inviteDialog.submit_other': 'Enviar {count} convites',
  'users.inviteDialog.sending': 'Enviando…',
  'users.inviteDialog.partial':
    'Convites enviados: {sent}. Corrija os dados das pessoas destacadas e envie novamente.',
  'users.invited_one': 'Convite enviado para {email}.',
  'users.invited_other': '{count} convites enviados.',
  'users.roleDialog.title': 'Alterar o perfil de {name}',
  'users.roleDialog.submit': 'Salvar perfil',
  'users.roleChanged': '{name} agora tem o perfil {role}.',
  'users.removeDialog.title': 'Remover {name}?',
  'users.removeDialog.description':
    '{name} perderá o acesso imediatamente. Você poderá convidar essa pessoa novamente depois.',
  'users.removeDialog.confirm': 'Remover',
  'users.revokeDialog.title': 'Revogar o convite enviado para {email}?',
  'users.revokeDialog.description': 'O link enviado por e-mail deixará de funcionar.',
  'users.revokeDialog.confirm': 'Revogar convite',
  'users.removed': '{name} não faz mais parte da equipe.',
  'users.revoked': 'O convite enviado para {email} foi revogado.',
  'users.resent': 'Um novo convite foi enviado para {email}.',
  'users.shown_one': '{count} pessoa exibida',
  'users.shown_other': '{count} pessoas exibidas',
  'users.lastAdmin':
    'Único administrador ativo: torne outra pessoa administradora antes de mudar esta função.',
  'users.removeSelfDialog.title': 'Sair desta equipe?',
  'users.removeSelfDialog.description':
    'Você perde o acesso a este cliente na hora. Outro administrador pode convidar você de novo.',
  'users.roleDialog.selfWarning':
    'Esta é a sua própria função: sem Administrador você não poderá mais alterar a equipe.',
  'validation.storesRequired': 'Escolha pelo menos uma loja.',

  // StoreConnectButton and StoreList
  'stores.platform.shopify': 'Shopify',
  'stores.platform.etsy': 'Etsy',
  'stores.platform.woocommerce': 'WooCommerce',
  'stores.platform.pressero': 'Pressero',
  'stores.platform.manual': 'Loja manual',
  'stores.platform.shopify.description': 'Aprove a conexão no painel do Shopify.',
  'stores.platform.etsy.description': 'Entre no Etsy e escolha sua loja.',
  'stores.platform.woocommerce.description': 'Aprove no WordPress ou cole chaves da API REST.',
  'stores.platform.pressero.description': 'Conecte um site Pressero com um login de administrador.',
  'stores.platform.manual.description': 'Sem plataforma: adicione pedidos manualmente ou por CSV.',
  'stores.status.connecting': 'Conectando',
  'stores.status.connected': 'Conectada',
  'stores.status.needs_reauth': 'Precisa reconectar',
  'stores.status.error': 'Erro de conexão',
  'stores.status.disconnected': 'Desconectada',
  'stores.reason.token_revoked': 'A plataforma revogou o acesso.',
  'stores.reason.token_expired': 'O acesso expirou.',
  'stores.reason.app_uninstalled': 'O app foi desinstalado da loja.',
  'stores.reason.credentials_invalid': 'A loja recusou as credenciais.',
  'stores.reason.credentials_rejected': 'O login foi recusado; a senha pode ter mudado.',
  'stores.reason.credentials_unreadable': 'As credenciais salvas não podem mais ser lidas.',
  'stores.reason.credentials_missing': 'Nenhuma credencial está salva para esta loja.',
  'stores.reason.keys_revoked': 'As chaves de API foram revogadas no WooCommerce.',
  'stores.reason.read_only_key':
    'A chave de API é somente leitura; ela precisa de Leitura/Gravação.',
  'stores.reason.permissions_not_granted': 'Algumas permissões não foram concedidas.',
  'stores.reason.plan_without_api_access': 'O plano da loja não permite acesso à API.',
  'stores.reason.oauth_denied': 'A conexão foi recusada na plataforma.',
  'stores.reason.shop_missing': 'Esta conta não tem loja.',
  'stores.reason.shop_not_found': 'A loja não existe mais.',
  'stores.reason.site_not_found': 'O site não existe mais.',
  'stores.reason.rest_api_unavailable': 'Não é possível acessar a API REST da loja.',
  'stores.reason.api_key_refused': 'A plataforma recusou a chave de app deste servidor.',
  'stores.reason.other': 'Motivo: {reason}.',
  'stores.advice.credentials_invalid':
    'Copie a chave e o segredo novamente, sem espaços, ou crie um novo par de chaves e tente de novo.',
  'stores.advice.credentials_invalid.pressero':
    'Entre no painel do Pressero com o mesmo usuário e senha para conferi-los e tente novamente.',
  'stores.advice.permissions_not_granted':
    'Aprove todas as permissões solicitadas. Para chaves do WooCommerce, escolha acesso de Leitura/Gravação.',
  'stores.advice.plan_without_api_access':
    'Verifique se a loja está ativa e se o plano inclui acesso à API; depois tente novamente.',
  'stores.advice.oauth_denied':
    'Nada foi conectado. Tente novamente e escolha Aprovar quando a plataforma perguntar.',
  'stores.advice.oauth_state_invalid':
    'A solicitação estava antiga demais ou já foi usada. Comece de novo e conclua em até 10 minutos.',
  'stores.advice.invalid_shop_domain':
    'Verifique o endereço: abra a loja no navegador e copie-o da barra de endereços.',
  'stores.advice.platform_unavailable':
    'A plataforma não está respondendo agora. Aguarde alguns minutos e tente novamente.',
  'stores.advice.platform_not_supported':
    'Peça ao seu fornecedor de impressão para ativar esta plataforma.',
  'stores.advice.reference_id_required':
    'O seu fornecedor de impressão define o ID de referência do cliente. Peça a ele e conecte novamente.',
  'stores.advice.popup_closed':
    'Tente novamente e mantenha a janela aberta até ela dizer que a loja está conectada.',
  'stores.connect.button': 'Conectar uma loja',
  'stores.connect.reconnect': 'Reconectar',
  'stores.connect.title': 'Conectar uma loja',
  'stores.connect.titleFor': 'Conectar uma loja {platform}',
  'stores.connect.titleManual': 'Adicionar uma loja manual',
  'stores.connect.reconnectTitle': 'Reconectar {name}',
  'stores.connect.pickPlatform': 'Onde você vende?',
  'stores.connect.continue': 'Continuar',
  'stores.connect.continueTo': 'Continuar para {platform}',
  'stores.connect.back': 'Voltar',
  'stores.connect.submit': 'Conectar loja',
  'stores.connect.createManual': 'Criar loja',
  'stores.connect.checking': 'Verificando…',
  'stores.connect.waiting': 'Aguardando você aprovar a conexão na janela do {platform}…',
  'stores.connect.waitingHint':
    'Não está vendo a janela? Ela pode estar atrás desta: abra-a de novo.',
  'stores.connect.redirecting': 'Levando você para {platform}…',
  'stores.connect.reopen': 'Abrir a janela de novo',
  'stores.connect.exchanging': 'Concluindo a conexão…',
  'stores.connect.connected': '{name} está conectada. Os produtos estão sendo importados.',
  'stores.connect.createdManual': '{name} foi criada.',
  'stores.connect.failed': 'Não foi possível conectar a loja',
  'stores.connect.popupClosed': 'A janela foi fechada antes de a conexão terminar.',
  'stores.connect.done': 'Concluído',
  'stores.shopify.instructions':
    'Você vai aprovar a conexão no painel do Shopify, em uma nova janela.',
  'stores.etsy.instructions':
    'Você vai entrar no Etsy em uma nova janela e escolher a loja a conectar.',
  'stores.woocommerce.how': 'Como você quer conectar?',
  'stores.woocommerce.approve': 'Aprovar no WooCommerce',
  'stores.woocommerce.approve.description':
    'Recomendado: a sua loja cria as chaves depois que você aprova.',
  'stores.woocommerce.keys': 'Informar chaves de API',
  'stores.woocommerce.keys.description':
    'Cole uma chave e um segredo de consumidor que você mesmo criou.',
  'stores.woocommerce.keysHowTo':
    'No WordPress, abra WooCommerce › Configurações › Avançado › API REST › Adicionar chave, escolha Leitura/Gravação e cole a chave e o segredo aqui.',
  'stores.pressero.licence':
    'Conectar o Pressero exige uma licença de API da Aleyant para o seu fornecedor de impressão.',
  'stores.pressero.login':
    'Use um login de administrador do Pressero que acesse este site. O login é verificado com o Pressero e guardado criptografado.',
  'stores.pressero.webhookSetup':
    'Para receber pedidos, adicione um webhook no Pressero em Preferences › Webhooks com estes valores.',
  'stores.pressero.integrationId': 'ID de integração',
  'stores.pressero.webhookUrl': 'URL do webhook',
  'stores.pressero.webhookSecret': 'Segredo do webhook (Security Key)',
  'stores.pressero.shownOnce':
    'Copie o segredo do webhook agora: ele é mostrado só uma vez. Se perdê-lo, peça um novo.',
  'stores.pressero.secretKept':
    'A Security Key já colada no Pressero continua válida: só confira se o webhook usa esta URL e este ID de integração.',
  'stores.copy': 'Copiar',
  'stores.copy.label': 'Copiar {label}',
  'stores.copy.done': '{label} copiado.',
  'stores.copy.failed': 'A cópia falhou. Selecione o texto e copie você mesmo.',
  'stores.validation.url': 'Informe o endereço completo, começando com https://.',
  'stores.field.shopify.shop': 'Endereço da loja',
  'stores.field.shopify.shop.hint': 'Por exemplo minha-loja ou minha-loja.myshopify.com.',
  'stores.field.shopify.shop.format':
    'Informe o endereço myshopify.com da loja, como minha-loja.myshopify.com.',
  'stores.field.woocommerce.url': 'Endereço da loja',
  'stores.field.woocommerce.url.hint':
    'O endereço do seu site WordPress, como https://loja.exemplo.com.',
  'stores.field.woocommerce.consumerKey': 'Chave do consumidor',
  'stores.field.woocommerce.consumerKey.hint': 'Começa com ck_.',
  'stores.field.woocommerce.consumerKey.format':
    'Uma chave do consumidor é ck_ seguido de 40 letras e dígitos.',
  'stores.field.woocommerce.consumerSecret': 'Segredo do consumidor',
  'stores.field.woocommerce.consumerSecret.format':
    'Um segredo do consumidor é cs_ seguido de 40 letras e dígitos.',
  'stores.field.woocommerce.refused': 'A loja recusou esta chave ou segredo.',
  'stores.field.woocommerce.unreachable': 'Nenhuma loja WooCommerce responde neste endereço.',
  'stores.field.pressero.siteUrl': 'Endereço do site',
  'stores.field.pressero.siteUrl.hint': 'A sua loja Pressero, como https://grafica.exemplo.com.',
  'stores.field.pressero.username': 'Usuário administrador',
  'stores.field.pressero.username.hint': 'O e-mail com que você entra no painel do Pressero.',
  'stores.field.pressero.password': 'Senha',
  'stores.field.pressero.refused': 'O Pressero recusou este usuário ou senha.',
  'stores.field.pressero.unreachable':
    'Nenhum site Pressero responde neste endereço para este administrador.',
  'stores.field.manual.name': 'Nome da loja',
  'stores.field.manual.name.hint': 'Como a sua equipe vai reconhecer esta loja, como “Balcão”.',
  'stores.list.title': 'Lojas',
  'stores.list.description':
    'Lojas virtuais conectadas, com seus produtos e o status de sincronização.',
  'stores.list.count_one': '{count} loja',
  'stores.list.count_other': '{count} lojas',
  'stores.list.empty': 'Nenhuma loja conectada ainda.',
  'stores.list.emptyConnect': 'Nenhuma loja ainda. Conecte a primeira para importar os produtos.',
  'stores.list.lastSync': 'Sincronizada {when}',
  'stores.list.neverSynced': 'Ainda não sincronizada',
  'stores.list.products': 'Produtos',
  'stores.list.variants': 'Variantes',
  'stores.list.mapped': 'Mapeadas',
  'stores.list.actionsFor': 'Ações para {name}',
  'stores.list.sync': 'Sincronizar produtos',
  'stores.list.syncing': 'Sincronizando…',
  'stores.list.queued': 'Aguardando início…',
  'stores.list.progressLabel': 'Sincronização de produtos de {name}',
  'stores.list.progress': '{done} de {total} variantes',
  'stores.list.progressUnknown': '{done} variantes até agora',
  'stores.list.synced': '{name} está atualizada.',
  'stores.list.syncFailed': 'A última sincronização falhou: {reason}',
  'stores.list.verify': 'Verificar conexão',
  'stores.list.verified': '{name} está conectada e funcionando.',
  'stores.list.verifyFailed': '{name} não está funcionando: {reason}',
  'stores.list.disconnect': 'Desconectar',
  'stores.list.disconnected': '{name} foi desconectada.',
  'stores.disconnectDialog.title': 'Desconectar {name}?',
  'stores.disconnectDialog.description':
    'O Vitrine apaga as credenciais da loja e para de sincronizar. Produtos, mapeamentos e pedidos são mantidos, e você pode conectá-la de novo depois.',
  'stores.disconnectDialog.confirm': 'Desconectar',

  // generic failures outside the API's codes
  'error.network':
    'Não foi possível conectar ao servidor. Verifique sua conexão e tente novamente.',
  'error.timeout': 'O servidor demorou demais para responder. Tente novamente.',
  'error.contract':
    'O servidor respondeu de forma inesperada. Tente novamente mais tarde ou entre em contato com o suporte.',
  'error.unknown': 'Algo deu errado. Tente novamente.',

  // API error codes
  'error.validation_failed': 'Alguns campos precisam da sua atenção.',
  'error.invalid_json': 'Não foi possível ler a solicitação. Tente novamente.',
  'error.payload_too_large': 'São dados demais para uma única solicitação.',
  'error.unsupported_media_type': 'O formato da solicitação não é compatível.',
  'error.route_not_found': 'Este recurso não está disponível no servidor.',
  'error.method_not_allowed': 'Esta ação não está disponível no servidor.',
  'error.missing_authorization': 'Sua sessão não foi encontrada. Faça login novamente.',
  'error.invalid_api_key':
    'O servidor recusou a chave de integração. Entre em contato com o seu administrador.',
  'error.invalid_session': 'Sua sessão não é mais válida. Faça login novamente.',
  'error.session_expired': 'Sua sessão expirou. Faça login novamente.',
  'error.forbidden': 'Você não tem permissão para fazer isso.',
  'error.secret_key_required': 'Esta ação precisa ser feita a partir do servidor do provedor.',
  'error.not_found': 'Não encontramos este item. Talvez ele tenha sido removido.',
  'error.conflict':
    'Este item foi alterado nesse meio-tempo. Recarregue a página e tente novamente.',
  'error.reference_id_taken': 'Outro cliente já usa este ID de referência.',
  'error.client_archived': 'Este cliente está arquivado e não pode ser alterado.',
  'error.access_not_enabled': 'O acesso ao Storefronts está desativado para este cliente.',
  'error.access_already_enabled':
    'O acesso já está ativado com outro administrador. Desative-o primeiro ou convide esta pessoa como usuário.',
  'error.invite_not_pending': 'O administrador já aceitou o convite.',
  'error.invitation_not_found':
    'Este link de convite não é válido. Verifique se você o copiou por completo.',
  'error.invitation_expired': 'Este convite expirou. Peça um novo.',
  'error.invitation_used': 'Este convite já foi aceito.',
  'error.invitation_revoked':
    'Este convite não é mais válido. Talvez um mais recente tenha sido enviado.',
  'error.user_not_active': 'Este usuário ainda não aceitou o convite.',
  'error.email_taken': 'Já existe um usuário deste cliente com este e-mail.',
  'error.last_admin': 'Todo cliente precisa de pelo menos um administrador ativo.',
  'error.stores_required': 'Escolha pelo menos uma loja para o gerente de lojas.',
  'error.platform_not_supported': 'Esta plataforma não é compatível.',
  'error.invalid_shop_domain': 'Informe o endereço da loja, como minha-loja.myshopify.com.',
  'error.oauth_state_invalid':
    'A solicitação de conexão expirou ou foi aberta duas vezes. Comece de novo.',
  'error.oauth_denied': 'A conexão não foi aprovada na plataforma.',
  'error.hmac_invalid': 'Não foi possível verificar a resposta da plataforma. Comece de novo.',
  'error.credentials_invalid':
    'A loja recusou essas credenciais. Verifique a chave e a chave secreta.',
  'error.permissions_not_granted':
    'A loja não concedeu as permissões necessárias. Aprove todas as permissões solicitadas.',
  'error.plan_without_api_access': 'O plano desta loja não permite acesso à API.',
  'error.reference_id_required':
    'Primeiro, defina um ID de referência para este cliente: ele é o ID de integração.',
  'error.store_needs_reauth': 'Esta loja precisa ser reconectada.',
  'error.store_disconnected': 'Esta loja está desconectada.',
  'error.platform_unavailable':
    'A plataforma da loja não está respondendo. Tente novamente em alguns minutos.',
  'error.sync_in_progress': 'Já há uma sincronização em andamento para esta loja.',
  'error.webhook_signature_invalid': 'A assinatura do webhook não é válida.',
  'error.product_uid_unknown': 'Este Product UID não está no catálogo.',
  'error.variant_not_found': 'Esta variante não existe mais na loja.',
  'error.file_url_invalid': 'O endereço do arquivo de arte não é um link válido.',
  'error.file_type_unsupported': 'Este tipo de arquivo não é aceito: use PDF, PNG, JPEG ou SVG.',
  'error.print_area_invalid':
    'Estes arquivos não correspondem às áreas de impressão do produto do catálogo.',
  'error.print_specs_invalid':
    'Estas especificações de impressão não estão disponíveis para este produto.',
  'error.csv_invalid': 'Não foi possível ler o arquivo como CSV.',
  'error.order_reference_taken': 'Já existe um pedido com esta referência.',
  'error.order_not_cancelable': 'Este pedido não pode mais ser cancelado.',
  'error.variant_unmapped': 'Um produto deste pedido ainda não está vinculado ao catálogo.',
  'error.postback_url_invalid': 'O endereço de postback não é válido.',
  'error.idempotency_key_reuse':
    'Esta solicitação já foi enviada com dados diferentes. Recarregue a página e tente novamente.',
  'error.idempotency_in_progress':
    'A mesma solicitação ainda está sendo processada. Aguarde um momento.',
  'error.rate_limited': 'Há muitas solicitações no momento. Tente novamente em instantes.',
  'error.internal_error':
    'Algo deu errado do nosso lado. Tente novamente; se o problema persistir, entre em contato com o suporte.',
  'error.service_unavailable':
    'O serviço está temporariamente indisponível. Tente novamente em instantes.',
};
