import * as z from 'zod';
import { ClientId, Name, OptionalText, PageQuery, Timestamp } from './common.js';

/** Reference IDs join a client to the provider's own systems (and Pressero's integration ID). */
export const ReferenceId = z
  .string()
  .trim()
  .max(64)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._:/-]*$/u, {
    error: 'Use letters, digits and . _ : / - only, starting with a letter or digit',
  })
  .meta({
    description:
      'Up to 64 characters: letters and digits of any script, and . _ : / -, starting with a letter or digit.',
  });

export const Client = z.object({
  id: ClientId,
  name: z.string(),
  referenceId: z.string().nullable(),
  description: z.string().nullable(),
  status: z.enum(['active', 'archived']),
  accessEnabled: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  archivedAt: Timestamp.nullable(),
});
export type Client = z.infer<typeof Client>;

export const CreateClientBody = z.object({
  name: Name(120),
  referenceId: ReferenceId.or(z.literal('').transform(() => null)).nullish(),
  description: OptionalText(1000),
});
export type CreateClientBody = z.input<typeof CreateClientBody>;

export const UpdateClientBody = CreateClientBody.partial().refine(
  (v) => Object.keys(v).length > 0,
  { error: 'Send at least one field to change' },
);
export type UpdateClientBody = z.input<typeof UpdateClientBody>;

export const ListClientsQuery = PageQuery.extend({
  /** Matches the start of words in the name, or the reference ID, case-insensitively. */
  search: z.string().trim().max(120).optional(),
  status: z.enum(['active', 'archived', 'all']).default('active'),
});
export type ListClientsQuery = z.input<typeof ListClientsQuery>;
