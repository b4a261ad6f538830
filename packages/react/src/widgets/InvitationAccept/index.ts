export {
  InvitationAccept,
  type InvitationAcceptPart,
  type InvitationAcceptProps,
} from './InvitationAccept.js';
