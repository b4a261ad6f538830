import '@vitrine/react/styles.css';
import { BulkCsvImporter, VitrineProvider } from '@vitrine/react';
import { createVitrine, type SessionToken } from '@vitrine/sdk';
import { createRoot } from 'react-dom/client';

/**
 * The benchmark's page: the widget alone, on a provider session from the benchmark's own little
 * backend (`/session`), against the API given in the address. What it does is recorded in
 * `window.bench` for the runner to read.
 */
const params = new URLSearchParams(window.location.search);
const client = createVitrine({
  baseUrl: params.get('api')!,
  session: async () => (await (await fetch('/session', { method: 'POST' })).json()) as SessionToken,
});

const bench = (window as unknown as { bench: { states: { state: string; at: number }[] } }).bench;

createRoot(document.getElementById('root')!).render(
  <VitrineProvider client={client}>
    <BulkCsvImporter
      storeId={params.get('store')!}
      pollIntervalMs={500}
      onStateChange={(state) => bench.states.push({ state, at: performance.now() })}
    />
  </VitrineProvider>,
);
