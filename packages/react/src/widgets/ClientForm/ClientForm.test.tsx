import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestServer, type TestServer } from '@vitrine/server/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { axeViolations, renderWithServer } from '../../../test/render.js';
import ptBR from '../../locales/pt-BR.js';
import { ClientForm } from './ClientForm.js';

describe('ClientForm', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());

  const clientsNamed = async (name: string) => {
    const rows = await server.db.query<{ id: string }>('select id from clients where name = $1', [
      name,
    ]);
    return rows.length;
  };

  it('creates a client and reports it through onSuccess', async () => {
    const user = userEvent.setup();
    const onSuccess = vi.fn();
    renderWithServer(server, <ClientForm onSuccess={onSuccess} />);
    await user.type(screen.getByLabelText('Client name'), '  Lumen Coffee  ');
    await user.type(screen.getByLabelText(/Reference ID/), 'LUM-01');
    await user.type(screen.getByLabelText(/Description/), 'Roastery, ships in the EU');
    await user.click(screen.getByRole('button', { name: 'Create client' }));
    await screen.findByText('Client “Lumen Coffee” created.');
    expect(onSuccess).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Lumen Coffee', referenceId: 'LUM-01' }),
    );
    expect(await clientsNamed('Lumen Coffee')).toBe(1);
  });

  it('validates before sending: a missing name is explained on the field', async () => {
    const user = userEvent.setup();
    const onSuccess = vi.fn();
    renderWithServer(server, <ClientForm onSuccess={onSuccess} />);
    await user.type(screen.getByLabelText(/Reference ID/), 'bad id!');
    await user.click(screen.getByRole('button', { name: 'Create client' }));
    const name = screen.getByLabelText('Client name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/This field is required\./);
    expect(name).toHaveFocus();
    expect(screen.getByLabelText(/Reference ID/)).toHaveAccessibleDescription(
      /Use letters, digits and \. _ : \/ - only/,
    );
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('shows a taken reference ID on that field, from the server', async () => {
    await createTestClient('First Owner', 'TAKEN-1');
    const user = userEvent.setup();
    const onError = vi.fn();
    renderWithServer(server, <ClientForm onError={onError} />);
    await user.type(screen.getByLabelText('Client name'), 'Second Owner');
    await user.type(screen.getByLabelText(/Reference ID/), 'taken-1');
    await user.click(screen.getByRole('button', { name: 'Create client' }));
    const field = screen.getByLabelText(/Reference ID/);
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(/Another client already uses this reference ID\./);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'reference_id_taken' }));
    expect(await clientsNamed('Second Owner')).toBe(0);
  });

  it('disables submit while saving and can be used with the keyboard alone', async () => {
    const user = userEvent.setup();
    renderWithServer(server, <ClientForm />);
    await user.tab();
    expect(screen.getByLabelText('Client name')).toHaveFocus();
    await user.keyboard('Keyboard Prints');
    await user.tab();
    await user.keyboard('KB-1');
    await user.keyboard('{Enter}');
    const button = screen.getByRole('button', { name: /Creating…|Create client/ });
    // While the request is in flight the button is disabled and busy; then it settles.
    await waitFor(() =>
      expect(screen.getByText('Client “Keyboard Prints” created.')).toBeVisible(),
    );
    expect(button).not.toBeDisabled();
    expect(await clientsNamed('Keyboard Prints')).toBe(1);
  });

  it('edits an existing client', async () => {
    const id = await createTestClient('Old Name', 'EDIT-1');
    const user = userEvent.setup();
    const onReady = vi.fn();
    renderWithServer(server, <ClientForm clientId={id} onReady={onReady} />);
    const name = await screen.findByDisplayValue('Old Name');
    expect(onReady).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { name: 'Edit client' })).toBeVisible();
    await user.clear(name);
    await user.type(name, 'New Name');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Changes saved.');
    expect(await clientsNamed('New Name')).toBe(1);
  });

  it('speaks Brazilian Portuguese', async () => {
    renderWithServer(server, <ClientForm />, { locale: 'pt-BR', locales: [ptBR] });
    expect(screen.getByRole('heading', { level: 2 }).textContent).not.toBe('New client');
    expect(screen.queryByText('Client name')).toBeNull();
  });

  it('has no accessibility violations, also with errors shown', async () => {
    const user = userEvent.setup();
    const { container } = renderWithServer(server, <ClientForm />);
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Create client' }));
    expect(await axeViolations(container)).toEqual([]);
  });

  async function createTestClient(name: string, referenceId: string) {
    const res = await server.fetch(`${server.baseUrl}/v1/clients`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${server.provider.secretKey}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ name, referenceId }),
    });
    return ((await res.json()) as { id: string }).id;
  }
});
