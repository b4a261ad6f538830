'use client';
import { AccessToggle, ClientForm } from '@vitrine/react';
import type { Client } from '@vitrine/sdk';
import { useState } from 'react';

/** Callbacks are functions, so the widgets that take them sit in a client component. */
export function NewClient() {
  const [client, setClient] = useState<Client | null>(null);
  return (
    <>
      <ClientForm onSuccess={setClient} />
      {client && <AccessToggle clientId={client.id} clientName={client.name} />}
    </>
  );
}
