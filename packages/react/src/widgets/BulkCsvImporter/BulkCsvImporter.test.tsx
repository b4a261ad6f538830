import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestServer, type TestServer } from '@vitrine/server/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  acceptInvite,
  axeViolations,
  providerApi,
  renderWithServer,
} from '../../../test/render.js';
import { BulkCsvImporter } from './BulkCsvImporter.js';

/** A catalog product printed on one area (`default`), and another the catalog does not have. */
const CARD = 'cards_pf_bb_pt_350-gsm-coated-silk_cl_4-0_ct_none_prt_none_sft_none_set_none_hor';
const file = (name: string) => `https://cdn.example.com/designs/${name}.pdf`;

interface Variant {
  id: string;
  sku: string | null;
}

describe('BulkCsvImporter', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ seedCatalog: true });
  });
  afterAll(() => server.close());

  const api = (...args: Parameters<ReturnType<typeof providerApi>>) => providerApi(server)(...args);

  /** A client with an active admin and the demo Shopify shop connected and synced. */
  async function shop(name: string) {
    const created = await api('POST', '/v1/clients', { name });
    const email = `admin-${created.id}@example.com`;
    const access = await api('PUT', `/v1/clients/${created.id}/access`, {
      admin: { email, firstName: 'Ada', lastName: 'Admin' },
    });
    await acceptInvite(server, email);
    const started = await api('POST', `/v1/clients/${created.id}/stores/authorize`, {
      platform: 'shopify',
      shop: 'vitrine-demo',
    });
    await server.fetch(await server.shopify.approve(started.authorizeUrl));
    await server.runJobs();
    const storeId = started.store.id as string;
    const page = await api('GET', `/v1/stores/${storeId}/products?limit=5`);
    const variants: Variant[] = page.data.flatMap((p: { variants: Variant[] }) => p.variants);
    return {
      clientId: created.id as string,
      adminId: access.admin.userId as string,
      storeId,
      variants,
    };
  }

  async function member(clientId: string, role: string, storeIds: string[] = []) {
    const email = `${role}-${clientId}@example.com`;
    const user = await api('POST', `/v1/clients/${clientId}/users`, {
      email,
      firstName: 'Mo',
      lastName: role,
      role,
      ...(role === 'store_manager' ? { storeIds } : {}),
    });
    await acceptInvite(server, email);
    return { clientId, userId: user.id as string };
  }

  const variant = async (storeId: string, variantId: string) => {
    const page = await api('GET', `/v1/stores/${storeId}/products?limit=100`);
    for (const product of page.data) {
      const found = product.variants.find((v: Variant) => v.id === variantId);
      if (found) return found;
    }
    throw new Error(`No variant ${variantId}`);
  };

  /** Files the user downloaded, by name. */
  function downloads() {
    const files: File[] = [];
    return {
      onDownload: (f: File) => {
        files.push(f);
        return false as const;
      },
      last: () => files.at(-1)!,
      text: async () =>
        new TextDecoder('utf-8', { ignoreBOM: true }).decode(await files.at(-1)!.arrayBuffer()),
      bytes: async () => new Uint8Array(await files.at(-1)!.arrayBuffer()),
      count: () => files.length,
    };
  }

  const csvFile = (text: string, name = 'mappings.csv') =>
    new File([text], name, { type: 'text/csv' });

  const widget = () => screen.getByRole('region', { name: 'Map products with a spreadsheet' });

  /** Waits until the import of the store is queued, then runs it as the server's worker would. */
  async function runQueuedImport(storeId: string) {
    await waitFor(
      async () => {
        const { data } = await api('GET', `/v1/stores/${storeId}/mapping-imports?active=true`);
        expect(data[0]?.status).toBe('queued');
      },
      { timeout: 10_000 },
    );
    await server.runJobs();
  }

  it('downloads the current mappings, plain or for Excel, and a blank template', async () => {
    const s = await shop('Export Co');
    const user = userEvent.setup();
    const saved = downloads();
    renderWithServer(server, <BulkCsvImporter storeId={s.storeId} onDownload={saved.onDownload} />);
    await user.click(await screen.findByRole('button', { name: 'Download current mappings' }));
    await waitFor(() => expect(saved.count()).toBe(1));
    expect(saved.last().name).toBe('mappings.csv');
    const text = await saved.text();
    expect(text.split('\r\n')[0]).toBe(
      'Variant ID,Product Title,Variant Title,Options,SKU,Mapping Status,Product UID,Design File URL,Front File URL,Back File URL,Inside File URL,Neck Inner File URL,Neck Outer File URL,Sleeve Left File URL,Sleeve Right File URL',
    );
    expect(text).toContain(s.variants[0]!.id);
    expect(await screen.findByText('mappings.csv downloaded.')).toBeInTheDocument();

    // For Excel: semicolons and a byte order mark.
    await user.click(screen.getByRole('checkbox', { name: 'For Excel' }));
    await user.click(screen.getByRole('button', { name: 'Download current mappings' }));
    await waitFor(() => expect(saved.count()).toBe(2));
    const bytes = await saved.bytes();
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((await saved.text()).split('\r\n')[0]).toMatch(/^\uFEFF?Variant ID;Product Title;/);

    await user.click(screen.getByRole('button', { name: 'Download a blank template' }));
    await waitFor(() => expect(saved.count()).toBe(3));
    expect(saved.last().name).toBe('mappings-template.csv');
    expect(await saved.text()).toBe(
      '\uFEFFVariant ID;SKU;Product UID;Design File URL;Back File URL\r\n',
    );
  });

  it('reads a file, checks it on the server without writing, imports it, and counts what changed', async () => {
    const s = await shop('Import Co');
    const [a, b, c] = s.variants;
    const user = userEvent.setup();
    const onSuccess = vi.fn();
    const onStateChange = vi.fn();
    const { container } = renderWithServer(
      server,
      <BulkCsvImporter
        storeId={s.storeId}
        pollIntervalMs={50}
        onSuccess={onSuccess}
        onStateChange={onStateChange}
      />,
    );
    const input = await screen.findByLabelText('Choose a file');
    await user.upload(
      input,
      csvFile(
        [
          'Variant ID,Product UID,Design File URL',
          `${a!.id},${CARD},${file('a')}`,
          `${b!.id},IGNORE,`,
          // Blank cells change nothing.
          `${c!.id},,`,
        ].join('\r\n'),
      ),
    );
    expect(await screen.findByText('3 rows: 3 ready, 0 with problems.')).toBeVisible();
    const format = within(
      screen.getByRole('heading', { name: 'Detected format' }).closest('section')!,
    );
    expect(format.getByText('mappings.csv')).toBeVisible();
    expect(format.getByText('Comma (,)')).toBeVisible();
    expect(format.getByText('Spreadsheet')).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Column for Product UID' })).toHaveDisplayValue(
      'Column B: Product UID',
    );
    expect(screen.getByRole('list', { name: 'Import steps' })).toBeVisible();
    expect(screen.getByText('Match columns').closest('li')).toHaveAttribute('aria-current', 'step');
    expect(await axeViolations(container)).toEqual([]);

    // The dry run: sent, judged, and nothing written.
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(widget()).toHaveAttribute('data-state', 'checking');
    await runQueuedImport(s.storeId);
    expect(await screen.findByRole('heading', { name: 'Check finished' })).toHaveFocus();
    const counts = () =>
      Object.fromEntries(
        [...widget().querySelectorAll('dl.vt-BulkCsvImporter-counts > div')].map((d) => [
          d.querySelector('dt')!.textContent,
          d.querySelector('dd')!.textContent,
        ]),
      );
    expect(counts()).toEqual({
      Mapped: '1',
      'Not printed': '1',
      Unmapped: '0',
      Unchanged: '1',
      'With problems': '0',
    });
    expect(screen.getByText('2 variants will change.')).toBeVisible();
    expect((await variant(s.storeId, a!.id)).status).toBe('unmapped');
    expect((await variant(s.storeId, b!.id)).status).toBe('unmapped');

    // The import itself.
    await user.click(screen.getByRole('button', { name: 'Import 3 rows' }));
    await runQueuedImport(s.storeId);
    expect(await screen.findByRole('heading', { name: 'Import finished' })).toBeVisible();
    expect(screen.getByText('2 variants changed.')).toBeVisible();
    expect(screen.getByText('Every row was imported.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Download error report' })).toBeNull();
    expect(widget()).toHaveAttribute('data-state', 'done');
    const mapped = await variant(s.storeId, a!.id);
    expect(mapped.status).toBe('mapped');
    expect(mapped.mapping.productUid).toBe(CARD);
    expect(mapped.mapping.files.map((f: { type: string; url: string }) => [f.type, f.url])).toEqual(
      [['default', file('a')]],
    );
    expect((await variant(s.storeId, b!.id)).status).toBe('ignored');
    expect((await variant(s.storeId, c!.id)).status).toBe('unmapped');
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ dryRun: false, status: 'succeeded' });
    expect(onStateChange.mock.calls.map((call) => call[0])).toEqual(
      expect.arrayContaining(['reading', 'preview', 'checking', 'reviewed', 'importing', 'done']),
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('merges the file’s problems and the server’s by row into an error report that imports back', async () => {
    const s = await shop('Errors Co');
    const [a, b] = s.variants;
    const user = userEvent.setup();
    const saved = downloads();
    renderWithServer(
      server,
      <BulkCsvImporter storeId={s.storeId} pollIntervalMs={50} onDownload={saved.onDownload} />,
    );
    await user.upload(
      await screen.findByLabelText('Choose a file'),
      csvFile(
        [
          'Variant ID,Product UID,Design File URL,Notes',
          `${a!.id},${CARD},${file('a')},keep`,
          `${b!.id},Not A UID,${file('b')},typo`,
          `${b!.id},unknown_product_uid,${file('b')},wrong product`,
          `var_does_not_exist,${CARD},${file('x')},gone`,
        ].join('\r\n'),
        'spring.csv',
      ),
    );
    expect(await screen.findByText('4 rows: 3 ready, 1 with problems.')).toBeVisible();
    // The first rows, with the problem the browser found on its row.
    const rows = within(screen.getByRole('region', { name: 'First rows' })).getAllByRole('row');
    expect(rows).toHaveLength(5);
    expect(rows[2]).toHaveTextContent(
      'Product UID: This is not a product UID (lowercase letters, digits, _ . -), IGNORE or UNMAP.',
    );
    expect(within(rows[1]!).getByText('Ready')).toBeVisible();
    const problems = within(screen.getByRole('heading', { name: 'Problems' }).closest('section')!);
    expect(problems.getByText('Row 3')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    await runQueuedImport(s.storeId);
    await screen.findByRole('heading', { name: 'Check finished' });
    expect(
      screen.getByText(
        '3 rows have problems and will not be imported. The error report says what to fix.',
      ),
    ).toBeVisible();
    const listed = within(screen.getByRole('heading', { name: 'Problems' }).closest('section')!);
    expect(listed.getAllByText(/^Row \d+$/).map((r) => r.textContent)).toEqual([
      'Row 3',
      'Row 4',
      'Row 5',
    ]);
    expect(listed.getByText('Product UID: This product UID is not in the catalog.')).toBeVisible();
    expect(
      listed.getByText('Variant ID: No variant of this store has this ID or SKU.'),
    ).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Download error report' }));
    await waitFor(() => expect(saved.count()).toBe(1));
    expect(saved.last().name).toBe('spring-errors.csv');
    // Cells as they were, the file's own columns, and the problems in words.
    expect((await saved.text()).split('\r\n')).toEqual([
      '\uFEFFVariant ID,Product UID,Design File URL,Notes,Errors',
      `${b!.id},Not A UID,${file('b')},typo,"Product UID: This is not a product UID (lowercase letters, digits, _ . -), IGNORE or UNMAP."`,
      `${b!.id},unknown_product_uid,${file('b')},wrong product,Product UID: This product UID is not in the catalog.`,
      `var_does_not_exist,${CARD},${file('x')},gone,Variant ID: No variant of this store has this ID or SKU.`,
      '',
    ]);

    // The dry run wrote nothing.
    expect((await variant(s.storeId, a!.id)).status).toBe('unmapped');

    // The report, fixed, imports cleanly: its Errors column is ignored.
    const fixed = (await saved.text())
      .replace('Not A UID', CARD)
      .replace('unknown_product_uid', CARD)
      .replace(/\r\n\S*var_does_not_exist[^\r]*\r\n/, '\r\n');
    // Row 3 and 4 name the same variant: only one of them stays.
    const lines = fixed.split('\r\n');
    lines.splice(2, 1);
    await user.click(screen.getByRole('button', { name: 'Choose another file' }));
    await user.upload(
      await screen.findByLabelText('Choose a file'),
      csvFile(lines.join('\r\n'), 'spring-errors.csv'),
    );
    expect(await screen.findByText('1 row: 1 ready, 0 with problems.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    await runQueuedImport(s.storeId);
    await user.click(await screen.findByRole('button', { name: 'Import 1 row' }));
    await runQueuedImport(s.storeId);
    expect(await screen.findByText('Every row was imported.')).toBeVisible();
    expect((await variant(s.storeId, b!.id)).mapping.productUid).toBe(CARD);
  });

  it('lets the user match a column the file names differently, and reads Excel’s Windows-1252 with `;`', async () => {
    const s = await shop('Columns Co');
    const [a] = s.variants;
    const user = userEvent.setup();
    const { container } = renderWithServer(
      server,
      <BulkCsvImporter storeId={s.storeId} pollIntervalMs={50} />,
    );
    // "Código" is not a Product UID header; "Arte final" not a file one. Windows-1252 bytes.
    const text = `Variante;Código;Arte final;Descrição\r\n${a!.id};${CARD};${file('a')};Caneca térmica\r\n`;
    const bytes = Uint8Array.from(
      [...text].map((ch) =>
        ch === 'ó'
          ? 0xf3
          : ch === 'ç'
            ? 0xe7
            : ch === 'ã'
              ? 0xe3
              : ch === 'é'
                ? 0xe9
                : ch.charCodeAt(0),
      ),
    );
    await user.upload(
      await screen.findByLabelText('Choose a file'),
      new File([bytes], 'planilha.csv', { type: 'text/csv' }),
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'This file can’t be imported yet. Pick the column that holds Product UID below, or add it to the file. Pick the column that holds the Variant ID or the SKU below, or add one to the file.',
    );
    expect(screen.getByText('Windows-1252 (Excel)')).toBeVisible();
    expect(screen.getByText('Semicolon (;)')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Check the file' })).toBeDisabled();
    expect(await axeViolations(container)).toEqual([]);

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Column for Product UID' }),
      'Column B: Código',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Column for Design File URL' }),
      'Column C: Arte final',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Column for Variant ID' }),
      'Column A: Variante',
    );
    expect(await screen.findByText('1 row: 1 ready, 0 with problems.')).toBeVisible();
    const uid = screen.getByRole('combobox', { name: 'Column for Product UID' });
    expect(uid).toHaveDisplayValue('Column B: Código');
    expect(uid.closest('tr')).toHaveTextContent('Your choice');
    expect(screen.getByText('Not used: Descrição.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    await runQueuedImport(s.storeId);
    await user.click(await screen.findByRole('button', { name: 'Import 1 row' }));
    await runQueuedImport(s.storeId);
    expect(await screen.findByText('1 variant changed.')).toBeVisible();
    expect((await variant(s.storeId, a!.id)).mapping.productUid).toBe(CARD);
  });

  it('sends a chunk again after the connection drops, and cancels on request', async () => {
    const s = await shop('Flaky Co');
    const [a] = s.variants;
    const user = userEvent.setup();
    let drops = 4;
    const flaky: TestServer['fetch'] = async (input, init) => {
      const request = input instanceof Request && !init ? input : new Request(input, init);
      if (
        request.method === 'PUT' &&
        /\/chunks\/\d+$/.test(new URL(request.url).pathname) &&
        drops > 0
      ) {
        drops--;
        return new Response('Bad gateway', { status: 503 });
      }
      return server.fetch(request);
    };
    renderWithServer(
      server,
      <BulkCsvImporter storeId={s.storeId} pollIntervalMs={50} retry={{ delayMs: 200 }} />,
      { fetch: flaky },
    );
    await user.upload(
      await screen.findByLabelText('Choose a file'),
      csvFile(`Variant ID,Product UID,Design File URL\r\n${a!.id},${CARD},${file('a')}\r\n`),
    );
    await user.click(await screen.findByRole('button', { name: 'Check the file' }));
    expect(
      await screen.findByText(/^The connection dropped\. Trying again in \d+ s…$/),
    ).toBeVisible();
    await runQueuedImport(s.storeId);
    expect(await screen.findByRole('heading', { name: 'Check finished' })).toBeVisible();
    expect(drops).toBe(0);

    // Cancel while the import waits for the server's worker: nothing is applied.
    await user.click(screen.getByRole('button', { name: 'Import 1 row' }));
    await waitFor(async () => {
      const { data } = await api('GET', `/v1/stores/${s.storeId}/mapping-imports?active=true`);
      expect(data[0]?.status).toBe('queued');
    });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('heading', { name: 'Import canceled' })).toBeVisible();
    await server.runJobs();
    expect((await variant(s.storeId, a!.id)).status).toBe('unmapped');
  });

  it('picks up an import still running after the page is opened again, and reports from the server’s errors', async () => {
    const s = await shop('Resume Co');
    const [a] = s.variants;
    // The page that started it is gone; the import waits for the server's worker.
    const created = await api('POST', `/v1/stores/${s.storeId}/mapping-imports`, {
      totalRows: 2,
      filename: 'autumn.csv',
    });
    await api('PUT', `/v1/stores/${s.storeId}/mapping-imports/${created.id}/chunks/0`, {
      rows: [
        {
          row: 2,
          variantId: a!.id,
          productUid: CARD,
          files: [{ type: 'default', url: file('a') }],
        },
        { row: 3, variantId: 'var_nope', productUid: CARD, files: [] },
      ],
    });
    await api('POST', `/v1/stores/${s.storeId}/mapping-imports/${created.id}/start`);

    const user = userEvent.setup();
    const saved = downloads();
    const first = renderWithServer(
      server,
      <BulkCsvImporter storeId={s.storeId} pollIntervalMs={50} onDownload={saved.onDownload} />,
    );
    expect(await screen.findByText('An import started earlier is still running.')).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'Import of autumn.csv' })).toBeVisible();
    expect(screen.getByText('Waiting to start…')).toBeVisible();
    first.unmount();

    renderWithServer(
      server,
      <BulkCsvImporter storeId={s.storeId} pollIntervalMs={50} onDownload={saved.onDownload} />,
    );
    expect(await screen.findByRole('progressbar', { name: 'Import of autumn.csv' })).toBeVisible();
    await server.runJobs();
    expect(await screen.findByRole('heading', { name: 'Import finished' })).toBeVisible();
    expect(
      screen.getByText(
        'The original file is not open here any more: the error report lists the rows and columns to fix.',
      ),
    ).toBeVisible();
    expect((await variant(s.storeId, a!.id)).mapping.productUid).toBe(CARD);
    await user.click(screen.getByRole('button', { name: 'Download error report' }));
    await waitFor(() => expect(saved.count()).toBe(1));
    expect(saved.last().name).toBe('autumn-errors.csv');
    expect(await saved.text()).toBe(
      '\uFEFFRow,Column,Value,Errors\r\n3,Variant ID,var_nope,No variant of this store has this ID or SKU.\r\n',
    );
  });

  it('shows an upload that never finished as interrupted, and drops it on the server', async () => {
    const s = await shop('Interrupted Co');
    const created = await api('POST', `/v1/stores/${s.storeId}/mapping-imports`, {
      totalRows: 2500,
      filename: 'winter.csv',
    });
    await api('PUT', `/v1/stores/${s.storeId}/mapping-imports/${created.id}/chunks/0`, {
      rows: Array.from({ length: 2000 }, (_, i) => ({
        row: i + 2,
        sku: `SKU-${i}`,
        productUid: '',
        files: [],
      })),
    });
    const { container } = renderWithServer(server, <BulkCsvImporter storeId={s.storeId} />);
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'An import did not finish sending' }),
    ).toBeVisible();
    expect(alert).toHaveTextContent(
      'winter.csv was being sent (2,000 of 2,500 rows) when the page closed. Nothing was changed. Choose the file again to import it.',
    );
    expect(widget()).toHaveAttribute('data-state', 'interrupted');
    expect(screen.getByLabelText('Choose a file')).toBeInTheDocument();
    await waitFor(async () =>
      expect(
        (await api('GET', `/v1/stores/${s.storeId}/mapping-imports/${created.id}`)).status,
      ).toBe('canceled'),
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('lets viewers download only, and tells order managers they have no access', async () => {
    const s = await shop('Roles Co');
    const viewer = await member(s.clientId, 'viewer');
    const { container, unmount } = renderWithServer(
      server,
      <BulkCsvImporter storeId={s.storeId} />,
      {
        as: viewer,
      },
    );
    expect(
      await screen.findByText(
        'You can download the mappings. Only admins and store managers can import them.',
      ),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Download current mappings' })).toBeVisible();
    expect(screen.queryByLabelText('Choose a file')).toBeNull();
    expect(screen.queryByRole('list', { name: 'Import steps' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Download a blank template' })).toBeNull();
    expect(widget()).toHaveAttribute('data-mode', 'export');
    expect(await axeViolations(container)).toEqual([]);
    unmount();

    const orders = await member(s.clientId, 'order_manager');
    renderWithServer(server, <BulkCsvImporter storeId={s.storeId} />, { as: orders });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You don’t have permission to do this.',
    );
    expect(screen.queryByRole('button', { name: 'Download current mappings' })).toBeNull();

    // A store manager of the store imports.
    const manager = await member(s.clientId, 'store_manager', [s.storeId]);
    unmountAll();
    renderWithServer(server, <BulkCsvImporter storeId={s.storeId} />, { as: manager });
    expect(await screen.findByLabelText('Choose a file')).toBeInTheDocument();
  });
});

function unmountAll() {
  document.body.innerHTML = '';
}
