import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createVitrine } from '@vitrine/sdk';
import { createTestServer, type TestServer } from '@vitrine/server/testing';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  AccessToggle,
  ClientForm,
  type LocalePack,
  useClients,
  useVitrine,
  VitrineProvider,
} from '../index.js';
import de from '../locales/de.js';
import fr from '../locales/fr.js';
import { loadLocale } from '../locales/index.js';

function QueryClientProbe({ expected }: { expected: QueryClient }) {
  const { queryClient: used } = useVitrine();
  const clients = useClients();
  return <p>{used === expected && clients.isSuccess ? 'shared' : 'waiting'}</p>;
}

describe('VitrineProvider', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());
  const client = () =>
    createVitrine(
      { baseUrl: server.baseUrl, secretKey: server.provider.secretKey },
      { fetch: server.fetch },
    );

  it('writes appearance variables and the colour scheme on its root', () => {
    const { container } = render(
      <VitrineProvider
        client={client()}
        appearance={{
          colorScheme: 'dark',
          variables: { colorPrimary: '#0a7', borderRadius: '2px', fontFamily: 'Georgia' },
        }}
      />,
    );
    const root = container.querySelector('.vt-root') as HTMLElement;
    expect(root.dataset.colorScheme).toBe('dark');
    expect(root.style.getPropertyValue('--vt-color-primary')).toBe('#0a7');
    expect(root.style.getPropertyValue('--vt-border-radius')).toBe('2px');
    expect(root.style.getPropertyValue('--vt-font-family')).toBe('Georgia');
  });

  it('lets hosts override any message', () => {
    render(
      <VitrineProvider client={client()} messages={{ 'clientForm.submit.create': 'Add customer' }}>
        <ClientForm />
      </VitrineProvider>,
    );
    expect(screen.getByRole('button', { name: 'Add customer' })).toBeVisible();
  });

  it('uses the host QueryClient when given one', async () => {
    const queryClient = new QueryClient();
    render(
      <VitrineProvider client={client()} queryClient={queryClient}>
        <QueryClientProbe expected={queryClient} />
      </VitrineProvider>,
    );
    await screen.findByText('shared');
    expect(queryClient.getQueryCache().getAll().length).toBeGreaterThan(0);
  });

  it('works under StrictMode', async () => {
    render(
      <StrictMode>
        <VitrineProvider client={client()}>
          <ClientForm />
        </VitrineProvider>
      </StrictMode>,
    );
    expect(screen.getByRole('button', { name: 'Create client' })).toBeEnabled();
  });

  it('renders on the server without fetching or throwing', () => {
    let calls = 0;
    const counting = createVitrine(
      { baseUrl: server.baseUrl, secretKey: server.provider.secretKey },
      {
        fetch: (input, init) => {
          calls++;
          return server.fetch(input as RequestInfo, init);
        },
      },
    );
    const html = renderToString(
      <VitrineProvider client={counting} locale="fr" locales={[fr]}>
        <ClientForm />
        <AccessToggle clientId="cl_00000000000000000000" />
      </VitrineProvider>,
    );
    expect(html).toContain('class="vt-root"');
    expect(html).toContain('lang="fr"');
    expect(calls).toBe(0);
  });

  it('marks its root with the language the host asked for when it brings the messages', () => {
    const { container } = render(
      <VitrineProvider
        client={client()}
        locale="nl"
        messages={{ 'clientForm.submit.create': 'Klant aanmaken' }}
      >
        <ClientForm />
      </VitrineProvider>,
    );
    expect(screen.getByRole('button', { name: 'Klant aanmaken' })).toBeVisible();
    expect(container.querySelector('.vt-root')?.getAttribute('lang')).toBe('nl');
  });

  it('marks its root with the shipped language it falls back to without messages', () => {
    const { container } = render(<VitrineProvider client={client()} locale="nl" />);
    expect(container.querySelector('.vt-root')?.getAttribute('lang')).toBe('en');
  });

  it('speaks a language the host bundles, and follows the host tag for formats', () => {
    const { container } = render(
      <VitrineProvider client={client()} locale="de-AT" locales={[fr, de]}>
        <ClientForm />
      </VitrineProvider>,
    );
    expect(
      screen.getByRole('button', { name: de.messages['clientForm.submit.create'] }),
    ).toBeVisible();
    expect(container.querySelector('.vt-root')?.getAttribute('lang')).toBe('de');
  });

  it('loads a language on demand, without showing English first', async () => {
    const asked: string[] = [];
    let release: (pack: LocalePack) => void = () => {};
    const slow = (locale: string) => {
      asked.push(locale);
      return new Promise<LocalePack>((resolve) => {
        release = resolve;
      });
    };
    const { container } = render(
      <VitrineProvider client={client()} locale="fr" loadLocale={slow}>
        <ClientForm />
      </VitrineProvider>,
    );
    expect(asked).toEqual(['fr']);
    expect(screen.queryByRole('button', { name: 'Create client' })).toBeNull();
    expect(container.querySelector('.vt-root')?.getAttribute('aria-busy')).toBe('true');
    release(fr);
    expect(
      await screen.findByRole('button', { name: fr.messages['clientForm.submit.create'] }),
    ).toBeVisible();
    expect(container.querySelector('.vt-root')?.getAttribute('lang')).toBe('fr');
  });

  it('keeps the language shown while the next one loads, through the shipped loader', async () => {
    const view = render(
      <VitrineProvider client={client()} locale="de" locales={[de]} loadLocale={loadLocale}>
        <ClientForm />
      </VitrineProvider>,
    );
    view.rerender(
      <VitrineProvider client={client()} locale="it" locales={[de]} loadLocale={loadLocale}>
        <ClientForm />
      </VitrineProvider>,
    );
    // Still German until Italian arrives, never English in between.
    expect(
      screen.getByRole('button', { name: de.messages['clientForm.submit.create'] }),
    ).toBeVisible();
    const italian = (await loadLocale('it')).messages['clientForm.submit.create'];
    expect(await screen.findByRole('button', { name: italian })).toBeVisible();
  });

  it('falls back to English with one warning when a language is asked for without its words', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      render(
        <VitrineProvider client={client()} locale="es">
          <ClientForm />
        </VitrineProvider>,
      );
      render(
        <VitrineProvider client={client()} locale="es">
          <ClientForm />
        </VitrineProvider>,
      );
      expect(screen.getAllByRole('button', { name: 'Create client' })).toHaveLength(2);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toContain('@vitrine/react/locales/es');
    } finally {
      warn.mockRestore();
    }
  });

  it('falls back to English when loading a language fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      render(
        <VitrineProvider
          client={client()}
          locale="it"
          loadLocale={() => Promise.reject(new Error('offline'))}
        >
          <ClientForm />
        </VitrineProvider>,
      );
      expect(await screen.findByRole('button', { name: 'Create client' })).toBeVisible();
      expect(String(warn.mock.calls[0]?.[0])).toContain('offline');
    } finally {
      warn.mockRestore();
    }
  });

  it('explains what is missing when used outside the provider', () => {
    const spy = console.error;
    console.error = () => {};
    try {
      expect(() => render(<ClientForm />)).toThrow(/inside <VitrineProvider/);
    } finally {
      console.error = spy;
    }
  });
});
