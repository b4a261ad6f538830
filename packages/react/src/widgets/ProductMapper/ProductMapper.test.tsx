import { File as NodeFile } from 'node:buffer';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestServer, type TestServer } from '@vitrine/server/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fileHost, pngFor } from '../../../test/files.js';
import {
  acceptInvite,
  axeViolations,
  providerApi,
  renderWithServer,
} from '../../../test/render.js';
import { ProductMapper } from './ProductMapper.js';

const A3_MATT_PORTRAIT = 'Poster, A3 (297×420 mm), 200 gsm matt poster paper, portrait';

describe('ProductMapper', () => {
  let server: TestServer;
  const files = fileHost();
  beforeAll(async () => {
    server = await createTestServer({ seedCatalog: true, hosts: { [files.host]: files.fetch } });
  });
  afterAll(() => server.close());

  const api = (...args: Parameters<ReturnType<typeof providerApi>>) => providerApi(server)(...args);

  /** A client with an active admin and the demo Shopify shop, connected and synced. */
  async function client(name: string) {
    const created = await api('POST', '/v1/clients', { name });
    const email = `admin-${created.id}@example.com`;
    await api('PUT', `/v1/clients/${created.id}/access`, {
      admin: { email, firstName: 'Ada', lastName: 'Admin' },
    });
    await acceptInvite(server, email);
    const started = await api('POST', `/v1/clients/${created.id}/stores/authorize`, {
      platform: 'shopify',
      shop: 'vitrine-demo',
    });
    await server.fetch(await server.shopify.approve(started.authorizeUrl));
    await server.runJobs();
    return { clientId: created.id as string, storeId: started.store.id as string };
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

  const table = () => screen.findByRole('table', {}, { timeout: 10_000 });
  const productRow = async (name: string) =>
    (await screen.findByRole('rowheader', { name: new RegExp(`^${name}`) })).closest<HTMLElement>(
      '[role="row"]',
    )!;
  const variantRow = (product: string, variant: string) =>
    screen
      .getByRole('checkbox', { name: `Select ${product} – ${variant}` })
      .closest<HTMLElement>('[role="row"]')!;
  const tab = (name: RegExp) => screen.getByRole('button', { name });
  const search = async (user: ReturnType<typeof userEvent.setup>, text: string) => {
    const box = screen.getByRole('searchbox', { name: 'Search products' });
    await user.clear(box);
    await user.type(box, text);
  };

  /** Picks the A3 poster in the open dialog, through the category and a search. */
  async function pickPoster(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) {
    const inDialog = within(dialog);
    await user.selectOptions(
      await inDialog.findByRole('combobox', { name: 'Category' }),
      await inDialog.findByRole('option', { name: /^Posters \(\d+\)$/ }),
    );
    await user.type(
      inDialog.getByRole('searchbox', { name: 'Search the catalog' }),
      'a3 matt portrait',
    );
    await user.click(
      await inDialog.findByRole('radio', {
        name: new RegExp(`^${escapeRegExp(A3_MATT_PORTRAIT)}`),
      }),
    );
    const chosen = await inDialog.findByRole('region', { name: 'Chosen product' });
    expect(await within(chosen).findByText('297 × 420 mm')).toBeVisible();
  }

  it('lists products with their variants, counts by mapping, and searches and filters them', async () => {
    const c = await client('Listing Co');
    const onReady = vi.fn();
    const user = userEvent.setup();
    const { container } = renderWithServer(
      server,
      <ProductMapper storeId={c.storeId} onReady={onReady} />,
    );
    await table();
    const aurora = within(await productRow('Aurora Sticker No. 1'));
    expect(aurora.getByText('0 of 4 mapped')).toBeVisible();
    const first = within(variantRow('Aurora Sticker No. 1', '3x3 in / Glossy'));
    expect(first.getByText('STICKER-1-3X3-IN-GLOSSY')).toBeVisible();
    expect(first.getByText('Size: 3x3 in · Finish: Glossy')).toBeVisible();
    expect(first.getByText('4.00')).toBeVisible();
    expect(first.getByText('Unmapped')).toBeVisible();
    expect(screen.getByText(/12 products · 101 variants/)).toBeVisible();
    expect(tab(/^All\s*101$/)).toHaveAttribute('aria-pressed', 'true');
    expect(tab(/^Unmapped\s*101$/)).toBeVisible();
    expect(tab(/^Mapped\s*0$/)).toBeVisible();
    expect(onReady).toHaveBeenCalledWith(expect.objectContaining({ variants: 101 }));
    expect(container.querySelector('.vt-ProductMapper-root')).toHaveAttribute('data-state', 'idle');

    // The search goes to the server once typing pauses; the counts follow it.
    await search(user, 'tee');
    await waitFor(() => expect(screen.queryByText('Aurora Sticker No. 1')).toBeNull());
    expect(await productRow('Granite Tee No. 7')).toBeTruthy();
    const tees = await api('GET', `/v1/stores/${c.storeId}/products?search=tee`);
    await waitFor(() => expect(tab(new RegExp(`^All\\s*${tees.counts.variants}$`))).toBeVisible());

    await search(user, 'no such thing');
    expect(await screen.findByText('No products match “no such thing”.')).toBeVisible();
    expect(container.querySelector('.vt-ProductMapper-root')).toHaveAttribute(
      'data-state',
      'empty',
    );
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await productRow('Aurora Sticker No. 1')).toBeTruthy();

    // A product turned back into a draft is flagged, with why and what to do.
    const drafted = server.shopify.product('vitrine-demo', 1)!.title;
    await server.shopify.updateProduct('vitrine-demo', 1, { status: 'DRAFT' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Product status' }), 'draft');
    // The previous list stays until the drafts arrive.
    await waitFor(() => expect(screen.queryByText('Aurora Sticker No. 1')).toBeNull());
    const draft = within(await productRow(drafted));
    expect(draft.getByText('Draft')).toBeVisible();
    expect(draft.getByText('A draft in the store: it can’t receive orders.')).toBeVisible();
    expect(screen.getByText('1 product can’t receive orders.')).toBeVisible();
    expect(
      screen.getByText(/Make sure the products are published and active in the store/),
    ).toBeVisible();
    expect(screen.getAllByRole('rowheader')).toHaveLength(1);
  });

  it('maps a variant to a catalog product with a file address, and shows its check when done', async () => {
    const c = await client('Mapping Co');
    const user = userEvent.setup();
    const onSuccess = vi.fn();
    renderWithServer(
      server,
      <ProductMapper storeId={c.storeId} onSuccess={onSuccess} checkIntervalMs={200} />,
    );
    await table();
    await user.click(
      screen.getByRole('button', { name: 'Connect Aurora Sticker No. 1 – 3x3 in / Glossy' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Connect Aurora Sticker No. 1 – 3x3 in / Glossy',
    });
    await pickPoster(user, dialog);
    const inDialog = within(dialog);
    // The chosen product's facts: print areas, size and attributes.
    const chosen = within(inDialog.getByRole('region', { name: 'Chosen product' }));
    expect(chosen.getByText('Print areas').nextElementSibling).toHaveTextContent('Design');
    expect(chosen.getByText('Paper type').nextElementSibling).toHaveTextContent(
      '200 gsm matt poster paper',
    );
    const url = files.put('/posters/aurora.png', pngFor(297, 420, 300), 'image/png');
    await user.type(inDialog.getByRole('textbox', { name: 'Design file' }), url);
    await user.click(inDialog.getByRole('button', { name: 'Connect 1 variant' }));

    expect(await screen.findByText(`1 variant connected to ${A3_MATT_PORTRAIT}.`)).toBeVisible();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onSuccess).toHaveBeenCalledWith('map', { updated: 1 });
    let row = within(variantRow('Aurora Sticker No. 1', '3x3 in / Glossy'));
    expect(row.getByText('Mapped')).toBeVisible();
    expect(row.getByText(A3_MATT_PORTRAIT)).toBeVisible();
    expect(row.getByText('Checking the file…')).toBeVisible();
    await waitFor(() => expect(tab(/^Mapped\s*1$/)).toBeVisible());
    expect(
      within(await productRow('Aurora Sticker No. 1')).getByText('1 of 4 mapped'),
    ).toBeVisible();

    // The server's check job runs; the widget's poll picks up the result and announces it.
    await server.runJobs();
    const announced = await screen.findByText(
      'Print file of Aurora Sticker No. 1 – 3x3 in / Glossy: File OK · 300 dpi',
      {},
      { timeout: 5000 },
    );
    expect(announced).toHaveAttribute('role', 'status');
    row = within(variantRow('Aurora Sticker No. 1', '3x3 in / Glossy'));
    expect(row.getByText('File OK · 300 dpi')).toBeVisible();
    const stored = await api('GET', `/v1/stores/${c.storeId}/products?mapping=mapped`);
    expect(stored.data[0].variants[0].mapping).toMatchObject({
      files: [{ type: 'default', url, check: { status: 'passed', dpi: 300 } }],
    });

    // Editing starts from the mapping: a low-resolution file fails, with the reason in words.
    await user.click(
      row.getByRole('button', {
        name: 'Change the mapping of Aurora Sticker No. 1 – 3x3 in / Glossy',
      }),
    );
    const edit = within(await screen.findByRole('dialog'));
    expect(await edit.findByText(A3_MATT_PORTRAIT)).toBeVisible();
    const field = edit.getByRole('textbox', { name: 'Design file' });
    expect(field).toHaveValue(url);
    await user.clear(field);
    await user.type(field, files.put('/posters/blurry.png', pngFor(297, 420, 100), 'image/png'));
    await user.click(edit.getByRole('button', { name: 'Connect 1 variant' }));
    await screen.findByText(`1 variant connected to ${A3_MATT_PORTRAIT}.`);
    // Saved: the new file waits for its check.
    expect(
      await within(variantRow('Aurora Sticker No. 1', '3x3 in / Glossy')).findByText(
        'Checking the file…',
      ),
    ).toBeVisible();
    await server.runJobs();
    expect(
      await screen.findByText(
        'Print file of Aurora Sticker No. 1 – 3x3 in / Glossy: File failed · 100 dpi. Resolution too low to print sharply.',
        {},
        { timeout: 5000 },
      ),
    ).toBeVisible();
    row = within(variantRow('Aurora Sticker No. 1', '3x3 in / Glossy'));
    const failed = row.getByText('Resolution too low to print sharply.').closest('li')!;
    expect(failed).toHaveAttribute('data-check', 'failed');
    expect(failed).toHaveTextContent(/^File failed · 100 dpi/);
    expect(
      await screen.findByText('1 variant has a print file that failed its check.'),
    ).toBeVisible();
  });

  it('shows what is missing, and the server’s refusals on the fields they concern', async () => {
    const c = await client('Refusals Co');
    const user = userEvent.setup();
    const onError = vi.fn();
    renderWithServer(server, <ProductMapper storeId={c.storeId} onError={onError} />);
    await table();
    await user.click(
      screen.getByRole('button', { name: 'Connect Aurora Sticker No. 1 – 3x3 in / Glossy' }),
    );
    const dialog = await screen.findByRole('dialog');
    const inDialog = within(dialog);
    await user.click(inDialog.getByRole('button', { name: 'Connect 1 variant' }));
    expect(await inDialog.findByText('Choose a print product first.')).toBeVisible();

    await pickPoster(user, dialog);
    await user.click(inDialog.getByRole('button', { name: 'Connect 1 variant' }));
    const field = inDialog.getByRole('textbox', { name: 'Design file' });
    expect(await inDialog.findByText('Add the Design file: this product needs it.')).toBeVisible();
    expect(field).toHaveAttribute('aria-invalid', 'true');

    // Not a web address: the server says which file, the field says it in words.
    await user.type(field, 'poster.png');
    await user.click(inDialog.getByRole('button', { name: 'Connect 1 variant' }));
    expect(
      await inDialog.findByText('Enter a full web address, starting with https://.'),
    ).toBeVisible();
    await waitFor(() => expect(field).toHaveFocus());
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'validation_failed' }),
      'map',
    );

    // A photo book takes a page count within its range; the server checks it.
    await user.clear(inDialog.getByRole('searchbox', { name: 'Search the catalog' }));
    await user.selectOptions(
      inDialog.getByRole('combobox', { name: 'Category' }),
      await inDialog.findByRole('option', { name: /^Photo books \(\d+\)$/ }),
    );
    await user.click((await inDialog.findAllByRole('radio', { name: /^Photo book/ }))[0]!);
    const pages = await inDialog.findByRole('spinbutton', { name: /^Page count/ });
    expect(inDialog.getByText(/^Between 24 and \d+ pages\.$/)).toBeVisible();
    const book = inDialog.getByRole('textbox', { name: 'Design file' });
    await user.clear(book);
    await user.type(book, 'https://files.test/book.pdf');
    await user.type(
      inDialog.getByRole('textbox', { name: /^Cover file/ }),
      'https://files.test/cover.pdf',
    );
    await user.type(pages, '2');
    await user.click(inDialog.getByRole('button', { name: 'Connect 1 variant' }));
    expect(await inDialog.findByText(/^Choose between 24 and \d+ pages\.$/)).toBeVisible();
    expect(pages).toHaveAttribute('aria-invalid', 'true');
    expect((await api('GET', `/v1/stores/${c.storeId}/products?mapping=mapped`)).data).toEqual([]);

    // Within the range, it saves; the page count shows on the row.
    await user.clear(pages);
    await user.type(pages, '40');
    await user.click(inDialog.getByRole('button', { name: 'Connect 1 variant' }));
    await screen.findByText(/^1 variant connected to Photo book/);
    expect(
      within(variantRow('Aurora Sticker No. 1', '3x3 in / Glossy')).getByText('40 pages'),
    ).toBeVisible();
  });

  it('connects every variant of a product with an uploaded file, and a selection in one action', async () => {
    const c = await client('Bulk Co');
    const user = userEvent.setup();
    renderWithServer(server, <ProductMapper storeId={c.storeId} checkIntervalMs={200} />);
    await table();
    await search(user, 'granite');
    const tee = within(await productRow('Granite Tee No. 7'));
    await user.click(
      tee.getByRole('button', { name: 'Connect all variants of Granite Tee No. 7' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Connect all variants of Granite Tee No. 7',
    });
    const inDialog = within(dialog);
    await user.selectOptions(
      await inDialog.findByRole('combobox', { name: 'Category' }),
      await inDialog.findByRole('option', { name: /^Apparel \(\d+\)$/ }),
    );
    // Within a category, attribute values narrow the choice, with their counts.
    await user.selectOptions(
      await inDialog.findByRole('combobox', { name: 'Garment type' }),
      await inDialog.findByRole('option', { name: /^T-shirt \(\d+\)$/ }),
    );
    await user.click((await inDialog.findAllByRole('radio', { name: /^T-shirt/ }))[0]!);
    const chosen = within(await inDialog.findByRole('region', { name: 'Chosen product' }));
    expect(chosen.getByText('Print areas').nextElementSibling).toHaveTextContent(/^Front, Back/);
    await user.upload(
      await inDialog.findByLabelText('Upload a file for Front'),
      // Node's File, which the in-process server's fetch reads as bytes (jsdom's is opaque to it).
      new NodeFile([pngFor(300, 400, 300)], 'tee-front.png', {
        type: 'image/png',
      }) as unknown as File,
    );
    expect(await inDialog.findByText('tee-front.png uploaded.')).toBeVisible();
    expect(
      (inDialog.getByRole('textbox', { name: 'Front file' }) as HTMLInputElement).value,
    ).toMatch(/^http:\/\/vitrine\.test\/v1\/files\/.+\/tee-front\.png$/);
    const variants = (await api('GET', `/v1/stores/${c.storeId}/products?search=granite`)).data[0]
      .variantCount as number;
    await user.click(inDialog.getByRole('button', { name: `Connect ${variants} variants` }));
    expect(
      await screen.findByText(new RegExp(`^${variants} variants connected to T-shirt`)),
    ).toBeVisible();
    expect(tee.getByText(`${variants} of ${variants} mapped`)).toBeVisible();
    await server.runJobs();
    expect(
      await screen.findByText(
        new RegExp(`^File checks finished for ${variants} variants: ${variants} OK`),
        {},
        { timeout: 5000 },
      ),
    ).toBeVisible();

    // A whole product and one variant of another, selected and connected together.
    await search(user, 'sticker');
    await user.click(
      await screen.findByRole('checkbox', { name: 'Select the variants of Aurora Sticker No. 1' }),
    );
    const basalt = screen
      .getAllByRole('checkbox', { name: /^Select Basalt Sticker No. 2 – / })
      .at(0)!;
    await user.click(basalt);
    const bar = await screen.findByRole('toolbar', { name: 'Selected variants' });
    expect(within(bar).getByText('5 variants selected')).toBeVisible();
    expect(
      screen.getByRole('checkbox', { name: 'Select the variants of Basalt Sticker No. 2' }),
    ).toHaveProperty('indeterminate', true);
    await user.click(within(bar).getByRole('button', { name: 'Connect selected' }));
    const selection = await screen.findByRole('dialog', { name: 'Connect 5 variants' });
    await pickPoster(user, selection);
    await user.type(
      within(selection).getByRole('textbox', { name: 'Design file' }),
      files.put('/posters/stickers.png', pngFor(297, 420, 300), 'image/png'),
    );
    await user.click(within(selection).getByRole('button', { name: 'Connect 5 variants' }));
    expect(await screen.findByText(`5 variants connected to ${A3_MATT_PORTRAIT}.`)).toBeVisible();
    expect(screen.queryByRole('toolbar', { name: 'Selected variants' })).toBeNull();
    const mapped = await api(
      'GET',
      `/v1/stores/${c.storeId}/products?mapping=mapped&search=sticker`,
    );
    expect(
      Object.fromEntries(mapped.data.map((p: any) => [p.title, p.mappedVariantCount])),
    ).toEqual({ 'Aurora Sticker No. 1': 4, 'Basalt Sticker No. 2': 1 });
  });

  it('ignores and unmaps variants, one at a time or selected, unmapping after confirmation', async () => {
    const c = await client('Ignore Co');
    const user = userEvent.setup();
    const onSuccess = vi.fn();
    renderWithServer(server, <ProductMapper storeId={c.storeId} onSuccess={onSuccess} />);
    await table();
    await search(user, 'aurora');
    await waitFor(() => expect(screen.getAllByRole('rowheader')).toHaveLength(1));
    const name = (variant: string) => `Aurora Sticker No. 1 – ${variant}`;
    const [first, second, third] = screen
      .getAllByRole('checkbox', { name: /^Select Aurora Sticker No. 1 – / })
      .map((box) => box.getAttribute('aria-label')!.replace('Select Aurora Sticker No. 1 – ', ''));

    await user.click(screen.getByRole('button', { name: `Ignore ${name(first!)}` }));
    expect(await screen.findByText('1 variant ignored.')).toBeVisible();
    expect(within(variantRow('Aurora Sticker No. 1', first!)).getByText('Ignored')).toBeVisible();
    await waitFor(() => expect(tab(/^Ignored\s*1$/)).toBeVisible());

    await user.click(screen.getByRole('checkbox', { name: `Select ${name(second!)}` }));
    await user.click(screen.getByRole('checkbox', { name: `Select ${name(third!)}` }));
    await user.click(screen.getByRole('button', { name: 'Ignore selected' }));
    expect(await screen.findByText('2 variants ignored.')).toBeVisible();
    await waitFor(() => expect(tab(/^Ignored\s*3$/)).toBeVisible());
    expect(onSuccess).toHaveBeenLastCalledWith('ignore', { updated: 2 });

    // Unmapping asks first; cancelling keeps everything.
    await user.click(screen.getByRole('button', { name: `Unmap ${name(first!)}` }));
    let confirm = await screen.findByRole('alertdialog', { name: `Unmap ${name(first!)}?` });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: `Unmap ${name(first!)}` }));
    confirm = await screen.findByRole('alertdialog');
    await user.click(within(confirm).getByRole('button', { name: 'Unmap' }));
    expect(await screen.findByText('1 variant unmapped.')).toBeVisible();

    await user.click(
      screen.getByRole('checkbox', { name: 'Select the variants of Aurora Sticker No. 1' }),
    );
    await user.click(screen.getByRole('button', { name: 'Unmap selected' }));
    confirm = await screen.findByRole('alertdialog', { name: 'Unmap 2 variants?' });
    await user.click(within(confirm).getByRole('button', { name: 'Unmap' }));
    expect(await screen.findByText('2 variants unmapped.')).toBeVisible();
    await waitFor(() => expect(tab(/^Ignored\s*0$/)).toBeVisible());
    const after = await api('GET', `/v1/stores/${c.storeId}/products?search=aurora`);
    expect(after.data[0].variants.map((v: any) => v.status)).toEqual(
      after.data[0].variants.map(() => 'unmapped'),
    );
  });

  it('moves between rows with the arrow keys and selects with Space', async () => {
    const c = await client('Keys Co');
    const user = userEvent.setup();
    renderWithServer(server, <ProductMapper storeId={c.storeId} />);
    await table();
    const product = screen.getByRole('checkbox', {
      name: 'Select the variants of Aurora Sticker No. 1',
    });
    product.focus();
    await user.keyboard('{ArrowDown}');
    const firstVariant = screen.getAllByRole('checkbox', {
      name: /^Select Aurora Sticker No. 1 – /,
    })[0]!;
    await waitFor(() => expect(firstVariant).toHaveFocus());
    await user.keyboard(' ');
    expect(firstVariant).toBeChecked();
    expect(await screen.findByText('1 variant selected')).toBeVisible();
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(product).toHaveFocus());
    expect(product).toHaveProperty('indeterminate', true);
  });

  it('is read-only for viewers, and accessible', async () => {
    const c = await client('Viewer Co');
    const viewer = await member(c.clientId, 'viewer');
    const { container } = renderWithServer(server, <ProductMapper storeId={c.storeId} />, {
      as: viewer,
    });
    await table();
    await productRow('Aurora Sticker No. 1');
    expect(
      screen.getByText(
        'You can look at the products; connecting them takes an admin or a store manager.',
      ),
    ).toBeVisible();
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    expect(screen.queryByRole('button', { name: /^(Connect|Ignore|Unmap|Change)\b/ })).toBeNull();
    expect(container.querySelector('.vt-ProductMapper-root')).toHaveAttribute(
      'data-mode',
      'read-only',
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('lets store managers map their own stores only, and shows nothing to order managers', async () => {
    const c = await client('Managers Co');
    const other = await api('POST', `/v1/clients/${c.clientId}/stores`, {
      platform: 'manual',
      name: 'Trade counter',
    });
    const manager = await member(c.clientId, 'store_manager', [c.storeId]);
    const mine = renderWithServer(server, <ProductMapper storeId={c.storeId} />, { as: manager });
    await table();
    expect(
      screen.getByRole('button', { name: 'Connect all variants of Aurora Sticker No. 1' }),
    ).toBeVisible();
    mine.unmount();

    const onError = vi.fn();
    renderWithServer(server, <ProductMapper storeId={other.id} onError={onError} />, {
      as: manager,
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('We couldn’t find this.');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'not_found' }));
    expect(screen.queryByRole('table')).toBeNull();

    const orders = await member(c.clientId, 'order_manager');
    const { container } = renderWithServer(server, <ProductMapper storeId={c.storeId} />, {
      as: orders,
    });
    // Loading at first, like for anyone; gone once the session says it may not read products.
    expect(container.querySelector('.vt-ProductMapper-root')).not.toBeNull();
    await waitFor(() => expect(container.querySelector('.vt-ProductMapper-root')).toBeNull());
    expect(container.querySelector('.vt-root')).toBeEmptyDOMElement();
  });
});

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
