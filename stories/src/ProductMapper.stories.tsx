import type { Meta, StoryObj } from '@storybook/react-vite';
import { ProductMapper } from '@vitrine/react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { type NetworkCondition, stalled } from './support/network.js';
import { connectShopify, type StoryPlatforms, serveWithPlatforms } from './support/platforms.js';
import {
  mapTo,
  printPng,
  productTextOf,
  seedCatalog,
  storeProducts,
  uploadDesign,
  variantOf,
} from './support/products.js';
import { createTeam, type StoryServer, seedOf, serverOf } from './support/storyServer.js';
import { messagePattern, shown } from './support/text.js';

const meta = {
  title: 'Widgets/ProductMapper',
  component: ProductMapper,
  args: { storeId: '', onSuccess: fn(), onError: fn(), onReady: fn() },
  render: (args, context) => <ProductMapper {...args} storeId={seedOf<Seed>(context).storeId} />,
  parameters: {
    frame: 'wide',
    docs: {
      description: {
        component:
          'A store’s products and their variants, each connected to a product of the print catalog with its print files, ignored, or still unmapped. Search, filters with counts, selection and bulk actions; a dialog picks the catalog product and takes the files, whose checks show up when the server has run them. Viewers see it read-only; roles without product access see nothing.',
      },
    },
  },
} satisfies Meta<typeof ProductMapper>;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = Parameters<NonNullable<Story['play']>>[0];
type Seed = { storeId: string };

const client = { name: 'Fernwood Candle Co.', referenceId: 'ERP-20817' };
const maya = { email: 'maya@fernwoodcandle.example', firstName: 'Maya', lastName: 'Okafor' };
const tom = {
  email: 'tom@fernwoodcandle.example',
  firstName: 'Tom',
  lastName: 'Becker',
  role: 'viewer' as const,
};

type Extra = (
  story: StoryServer,
  platforms: StoryPlatforms,
  storeId: string,
) => Promise<void> | void;

/**
 * Fernwood's team (Maya the admin, Tom a viewer) with a Shopify shop, connected and synced, and
 * the provider's print catalog; `extra` sets the scene further.
 */
const fernwood = (
  options: {
    as?: 'admin' | 'viewer';
    shop?: string;
    sync?: boolean;
    extra?: Extra;
    network?: NetworkCondition[];
  } = {},
) =>
  serveWithPlatforms(
    async (story, platforms): Promise<Seed> => {
      await seedCatalog(story);
      const team = await createTeam(story, { client, admin: maya, members: [tom] });
      const shop = options.shop ?? 'vitrine-demo';
      let storeId: string;
      if (options.sync === false) {
        const started = await story.backend.stores.authorize(team.clientId, {
          platform: 'shopify',
          shop,
        });
        await story.app.fetch(new Request(await platforms.shopify.approve(started.authorizeUrl)));
        storeId = started.store.id;
      } else {
        // A shop this size would wait on Shopify's cost bucket, which refills on the story's
        // stopped clock: the simulated shop lets the import through at once instead.
        platforms.shopify.setLimits(shop, {
          maximumAvailable: 1_000_000,
          restoreRate: 1_000_000,
        });
        storeId = (await connectShopify(story, platforms, team.clientId, shop)).id;
        const { lastSyncJobId } = await story.backend.stores.get(storeId);
        const job = lastSyncJobId ? await story.backend.jobs.get(lastSyncJobId) : null;
        if (job?.status !== 'succeeded') throw new Error(`The import of ${shop} did not finish`);
      }
      await options.extra?.(story, platforms, storeId);
      story.signInAs(team.as(options.as === 'viewer' ? tom.email : maya.email));
      return { storeId };
    },
    options.network ? { network: options.network } : {},
  );

const table = async (context: Context) =>
  within(await context.canvas.findByRole('table', {}, { timeout: 20_000 }));

/**
 * A product's row, found by its title. Rows are virtualised: on a small screen a product further
 * down is only rendered once the list is scrolled to it, as a person would.
 */
const productRow = async (context: Context, title: string) => {
  const name = new RegExp(`^${title}`);
  const header = await waitFor(
    () => {
      const found = context.canvas.queryByRole('rowheader', { name });
      if (found) return found;
      // The table is its own scrolling region.
      context.canvasElement.querySelector('.vt-ProductMapper-table')?.scrollBy(0, 300);
      throw new Error(`No row for ${title} yet`);
    },
    { timeout: 20_000, interval: 200 },
  );
  return header.closest<HTMLElement>('[role="row"]')!;
};

/** Mapped variants whose print files are checked: passed, warning, failed, unreachable, pending. */
const withChecks: Extra = async (story, _platforms, storeId) => {
  const products = await storeProducts(story, storeId);
  const aurora = (i: number) => variantOf(products, 'Aurora Sticker No. 1', i).id;
  const sharp = await uploadDesign(story, storeId, await printPng(297, 420, 300), 'sharp.png');
  const soft = await uploadDesign(story, storeId, await printPng(297, 420, 200), 'soft.png');
  const blurry = await uploadDesign(story, storeId, await printPng(297, 420, 100), 'blurry.png');
  await mapTo(story, storeId, [aurora(0)], sharp);
  await mapTo(story, storeId, [aurora(1)], soft);
  await mapTo(story, storeId, [aurora(2)], blurry);
  await mapTo(story, storeId, [aurora(3)], 'https://files.fernwood.example/missing.png');
  await story.app.runPendingJobs();
  // Mapped after the check job ran: its file is still waiting.
  const later = await uploadDesign(story, storeId, await printPng(297, 420, 300), 'later.png');
  await mapTo(story, storeId, [variantOf(products, 'Basalt Sticker No. 2', 0).id], later);
  await story.backend.products.putMapping(
    storeId,
    variantOf(products, 'Basalt Sticker No. 2', 1).id,
    { ignored: true },
  );
};

// Stories -------------------------------------------------------------------------------------

/** Waiting for the products: a skeleton, and "Loading…" for screen readers. */
export const Loading: Story = {
  loaders: [fernwood({ network: [stalled('GET /v1/stores/*/products')] })],
  play: async (context) => {
    const t = productTextOf(context);
    await expect(await context.canvas.findByText(shown(t('common.loading')))).toBeInTheDocument();
    await expect(context.canvasElement.querySelector('.vt-ProductMapper-root')).toHaveAttribute(
      'data-state',
      'loading',
    );
  },
};

/** Just connected: no products until the first sync, which Maya may start herself. */
export const NotSyncedYet: Story = {
  loaders: [fernwood({ sync: false })],
  play: async (context) => {
    const t = productTextOf(context);
    await expect(
      await context.canvas.findByText(shown(t('products.empty')), {}, { timeout: 20_000 }),
    ).toBeVisible();
    await expect(await context.canvas.findByText(shown(t('products.empty.syncing')))).toBeVisible();
    await expect(
      context.canvas.getByRole('button', { name: t('stores.list.syncing') }),
    ).toBeDisabled();
  },
};

/** The demo shop, synced: every variant unmapped, counts on the filters. */
export const SyncedShop: Story = {
  loaders: [fernwood()],
  play: async (context) => {
    const t = productTextOf(context);
    const rows = await table(context);
    await expect(rows.getByText('STICKER-1-3X3-IN-GLOSSY')).toBeVisible();
    await expect(
      context.canvas.getByRole('button', {
        name: new RegExp(`^${t('products.filter.unmapped')}\\s*101$`),
      }),
    ).toBeVisible();
    await expect(context.args.onReady).toHaveBeenCalledWith(
      expect.objectContaining({ variants: 101, mapped: 0 }),
    );
  },
};

/** Unmapped only: the filter narrows the list and keeps the other counts. */
export const Filtered: Story = {
  loaders: [fernwood({ extra: withChecks })],
  play: async (context) => {
    const t = productTextOf(context);
    await table(context);
    const mapped = context.canvas.getByRole('button', {
      name: new RegExp(`^${t('products.filter.mapped')}\\s*5$`),
    });
    await context.userEvent.click(mapped);
    await expect(mapped).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() =>
      expect(context.canvas.getAllByRole('rowheader').map((r) => r.textContent)).toEqual([
        expect.stringMatching(/^Aurora Sticker No\. 1/),
        expect.stringMatching(/^Basalt Sticker No\. 2/),
      ]),
    );
  },
};

/** A search that finds nothing says so, and clears in one click. */
export const NoResults: Story = {
  loaders: [fernwood()],
  play: async (context) => {
    const t = productTextOf(context);
    await table(context);
    await context.userEvent.type(
      context.canvas.getByRole('searchbox', { name: t('products.search.label') }),
      'lavender',
    );
    await expect(
      await context.canvas.findByText(shown(t('products.noMatchSearch', { search: 'lavender' }))),
    ).toBeVisible();
    await expect(
      context.canvas.getByRole('button', { name: t('products.filter.clear') }),
    ).toBeVisible();
  },
};

/** Print files in every state of their check, with the reasons and resolutions in words. */
export const FileChecks: Story = {
  loaders: [fernwood({ extra: withChecks })],
  play: async (context) => {
    const t = productTextOf(context);
    await productRow(context, 'Aurora Sticker No. 1');
    const checks = () =>
      Array.from(context.canvasElement.querySelectorAll('.vt-ProductMapper-check')).map((li) =>
        li.getAttribute('data-check'),
      );
    await waitFor(() =>
      expect(checks()).toEqual(['passed', 'warning', 'failed', 'failed', 'pending']),
    );
    const reason = (key: Parameters<typeof t>[0]) =>
      context.canvas.getByText(shown(t(key))).closest('li')!;
    const warning = reason('products.check.reason.resolution_below_recommended');
    await expect(warning).toHaveAttribute('data-check', 'warning');
    await expect(warning).toHaveTextContent(
      shown(`${t('products.check.warning')} · ${t('products.check.dpi', { dpi: 200 })}`),
    );
    await expect(reason('products.check.reason.unreachable')).toHaveTextContent(
      shown(t('products.check.failed')),
    );
    await expect(
      context.canvas.getByText(shown(t('products.filesFailed', { count: 2 }))),
    ).toBeVisible();
  },
};

/** Products the store does not publish: flagged with why, and what to do about it. */
export const NotOrderable: Story = {
  loaders: [
    fernwood({
      extra: async (story, platforms, storeId) => {
        await platforms.shopify.updateProduct('vitrine-demo', 0, { status: 'DRAFT' });
        await platforms.shopify.updateProduct('vitrine-demo', 1, { status: 'ARCHIVED' });
        // Created from the catalog, the shop refused to publish it.
        await story.db.query(
          `update store_products set status = 'publishing_error' where store_id = $1 and title = $2`,
          [storeId, 'Cedar Canvas No. 3'],
        );
      },
    }),
  ],
  play: async (context) => {
    const t = productTextOf(context);
    const draft = within(await productRow(context, 'Aurora Sticker No. 1'));
    await expect(draft.getByText(shown(t('products.notOrderable.draft')))).toBeVisible();
    const archived = within(await productRow(context, 'Basalt Sticker No. 2'));
    await expect(archived.getByText(shown(t('products.notOrderable.archived')))).toBeVisible();
    const failed = within(await productRow(context, 'Cedar Canvas No. 3'));
    await expect(
      failed.getByText(shown(t('products.productStatus.publishing_error'))),
    ).toBeVisible();
    await expect(
      context.canvas.getByText(shown(t('products.notOrderable', { count: 3 }))),
    ).toBeVisible();
    await expect(context.canvas.getByText(shown(t('products.notOrderable.hint')))).toBeVisible();
  },
};

/** 820 products, 10,045 variants: rows are virtualised and pages load as the list scrolls. */
export const ManyVariants: Story = {
  loaders: [fernwood({ shop: 'vitrine-big' })],
  play: async (context) => {
    const t = productTextOf(context);
    const rows = await table(context);
    await expect(
      context.canvas.getByText(shown(t('products.summary.variants', { count: 10_045 })), {
        exact: false,
      }),
    ).toBeVisible();
    // Far fewer rows in the page than variants in the store.
    const rendered = () => rows.getAllByRole('row').length;
    await expect(rendered()).toBeLessThan(80);
    const footer = context.canvas.getByText(shown(t('products.footer.more', { count: 25 })));
    await expect(footer).toBeVisible();
    const scroller = context.canvasElement.querySelector<HTMLElement>('.vt-ProductMapper-table')!;
    scroller.scrollTop = scroller.scrollHeight;
    await waitFor(
      () =>
        expect(
          context.canvas.getByText(shown(t('products.footer.more', { count: 50 }))),
        ).toBeVisible(),
      { timeout: 10_000 },
    );
    await expect(rendered()).toBeLessThan(80);
  },
};

/** "Connect": a catalog picker with categories, search and facets, then the print files. */
export const ConnectDialog: Story = {
  loaders: [fernwood()],
  play: async (context) => {
    const t = productTextOf(context);
    await table(context);
    await context.userEvent.click(
      context.canvas.getByRole('button', {
        name: t('products.connectLabel', { name: 'Aurora Sticker No. 1 – 3x3 in / Glossy' }),
      }),
    );
    const dialog = within(await context.canvas.findByRole('dialog'));
    await context.userEvent.selectOptions(
      await dialog.findByRole('combobox', { name: t('products.picker.category') }),
      await dialog.findByRole('option', {
        name: new RegExp(`^${t('products.category.posters')} \\(`),
      }),
    );
    await context.userEvent.selectOptions(
      await dialog.findByRole('combobox', { name: 'Paper format' }),
      await dialog.findByRole('option', { name: /^A3 \(/ }),
    );
    const first = (await dialog.findAllByRole('radio'))[0]!;
    await context.userEvent.click(first);
    const chosen = within(await dialog.findByRole('region', { name: t('products.picker.chosen') }));
    await expect(
      chosen.getByText(
        new RegExp(
          shown(
            `^(${t('products.picker.sizeValue', { width: 297, height: 420 })}|${t('products.picker.sizeValue', { width: 420, height: 297 })})$`,
          ),
        ),
      ),
    ).toBeVisible();
    await expect(
      await dialog.findByRole('textbox', {
        name: t('products.files.label', { area: t('products.area.default') }),
      }),
    ).toBeVisible();
  },
};

/** A photo book takes a page count; a wrong address and a count out of range land on their fields. */
export const ValidationErrors: Story = {
  loaders: [fernwood()],
  play: async (context) => {
    const t = productTextOf(context);
    await table(context);
    await context.userEvent.click(
      context.canvas.getByRole('button', {
        name: t('products.connectLabel', { name: 'Aurora Sticker No. 1 – 3x3 in / Glossy' }),
      }),
    );
    const dialog = within(await context.canvas.findByRole('dialog'));
    await context.userEvent.selectOptions(
      await dialog.findByRole('combobox', { name: t('products.picker.category') }),
      await dialog.findByRole('option', {
        name: new RegExp(`^${t('products.category.photo_books')} \\(`),
      }),
    );
    await context.userEvent.click((await dialog.findAllByRole('radio'))[0]!);
    const file = await dialog.findByRole('textbox', {
      name: t('products.files.label', { area: t('products.area.default') }),
    });
    await context.userEvent.type(file, 'book.pdf');
    await context.userEvent.type(
      dialog.getByRole('spinbutton', { name: new RegExp(`^${t('products.pageCount')}`) }),
      '2',
    );
    await context.userEvent.click(
      dialog.getByRole('button', { name: t('products.dialog.save', { count: 1 }) }),
    );
    await expect(await dialog.findByText(shown(t('products.files.invalidUrl')))).toBeVisible();
    await expect(file).toHaveAttribute('aria-invalid', 'true');
    await context.userEvent.clear(file);
    await context.userEvent.type(file, 'https://files.fernwood.example/book.pdf');
    await context.userEvent.click(
      dialog.getByRole('button', { name: t('products.dialog.save', { count: 1 }) }),
    );
    await expect(
      await dialog.findByText(shown(t('products.pageCount.invalid', { min: 24, max: 200 }))),
    ).toBeVisible();
  },
};

/** A whole product and two variants of another selected: the bulk actions for them. */
export const BulkSelection: Story = {
  loaders: [fernwood()],
  play: async (context) => {
    const t = productTextOf(context);
    await table(context);
    await context.userEvent.click(
      context.canvas.getByRole('checkbox', {
        name: t('products.selectProduct', { name: 'Aurora Sticker No. 1' }),
      }),
    );
    const basalt = context.canvas.getAllByRole('checkbox', {
      // "Select Basalt Sticker No. 2 – 3x3 in / Glossy", with the verb where the language puts it.
      name: messagePattern((option) =>
        t('products.selectVariant', { name: `Basalt Sticker No. 2 – ${option}` }),
      ),
    });
    await context.userEvent.click(basalt[0]!);
    await context.userEvent.click(basalt[1]!);
    const bar = within(
      await context.canvas.findByRole('toolbar', { name: t('products.bulk.label') }),
    );
    await expect(bar.getByText(shown(t('products.selected', { count: 6 })))).toBeVisible();
    for (const action of ['products.bulk.connect', 'products.bulk.ignore'] as const) {
      await expect(bar.getByRole('button', { name: t(action) })).toBeEnabled();
    }
  },
};

/** Tom, a viewer, may look but not change anything. */
export const ReadOnlyViewer: Story = {
  loaders: [fernwood({ as: 'viewer', extra: withChecks })],
  play: async (context) => {
    const t = productTextOf(context);
    await productRow(context, 'Aurora Sticker No. 1');
    await expect(context.canvas.getByText(shown(t('products.readOnly')))).toBeVisible();
    await expect(context.canvas.queryAllByRole('checkbox')).toEqual([]);
    await expect(
      // The verb as a word of its own: Italian's "Associa" starts the "Associate" filter too.
      context.canvas.queryByRole('button', {
        name: new RegExp(`^${t('products.connect')}(\\s|$)`),
      }),
    ).toBeNull();
    await expect(
      context.canvas.queryByRole('button', { name: t('products.add.button') }),
    ).toBeNull();
  },
};

/** In a 375 px column (a phone) every row stacks its cells; nothing overflows sideways. */
export const Narrow375: Story = {
  loaders: [fernwood({ extra: withChecks })],
  render: (args, context) => (
    <div style={{ width: 375 }}>
      <ProductMapper {...args} storeId={seedOf<Seed>(context).storeId} />
    </div>
  ),
  play: async (context) => {
    await productRow(context, 'Aurora Sticker No. 1');
    const scroller = context.canvasElement.querySelector<HTMLElement>('.vt-ProductMapper-table')!;
    await expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth);
    const card = context.canvasElement.querySelector<HTMLElement>('.vt-ProductMapper-root')!;
    await expect(card.getBoundingClientRect().width).toBeLessThanOrEqual(375);
  },
};

// Adding a product from the catalog --------------------------------------------------------------

/** "Add product" opened, the A3 poster chosen, the store's title, price and a print file given. */
async function fillAddProduct(context: Context, title: string) {
  const t = productTextOf(context);
  await table(context);
  await context.userEvent.click(
    context.canvas.getByRole('button', { name: t('products.add.button') }),
  );
  const dialog = within(
    await context.canvas.findByRole('dialog', { name: t('products.add.title') }),
  );
  await context.userEvent.selectOptions(
    await dialog.findByRole('combobox', { name: t('products.picker.category') }),
    await dialog.findByRole('option', {
      name: new RegExp(`^${t('products.category.posters')} \\(`),
    }),
  );
  await context.userEvent.selectOptions(
    await dialog.findByRole('combobox', { name: 'Paper format' }),
    await dialog.findByRole('option', { name: /^A3 \(/ }),
  );
  await context.userEvent.click((await dialog.findAllByRole('radio'))[0]!);
  await dialog.findByRole('region', { name: t('products.picker.chosen') });
  const name = dialog.getByRole('textbox', { name: t('products.add.name') });
  await context.userEvent.clear(name);
  await context.userEvent.type(name, title);
  await context.userEvent.type(
    dialog.getByRole('textbox', { name: new RegExp(`^${t('products.add.price')}`) }),
    '24.00',
  );
  const story = serverOf(context);
  const art = await story.backend.products.uploadFile(seedOf<Seed>(context).storeId, {
    data: await printPng(297, 420, 300),
    filename: 'harbour-a3.png',
  });
  await context.userEvent.type(
    dialog.getByRole('textbox', {
      name: t('products.files.label', { area: t('products.area.default') }),
    }),
    art.url,
  );
  return { dialog, t, story };
}

/** "Add product": a catalog product, the store's title, description, price and print files. */
export const AddProduct: Story = {
  loaders: [fernwood()],
  play: async (context) => {
    const { dialog, t } = await fillAddProduct(context, 'Harbour at dusk');
    await expect(dialog.getByRole('checkbox', { name: t('products.add.publish') })).toBeChecked();
    await expect(
      dialog.getByRole('button', { name: t('products.add.submitPublish') }),
    ).toBeEnabled();
  },
};

/** What is missing is said on its field before anything is sent; the server's refusals likewise. */
export const AddProductErrors: Story = {
  loaders: [fernwood()],
  play: async (context) => {
    const t = productTextOf(context);
    await table(context);
    await context.userEvent.click(
      context.canvas.getByRole('button', { name: t('products.add.button') }),
    );
    const dialog = within(
      await context.canvas.findByRole('dialog', { name: t('products.add.title') }),
    );
    await context.userEvent.type(
      dialog.getByRole('textbox', { name: new RegExp(`^${t('products.add.price')}`) }),
      '24,00',
    );
    await context.userEvent.click(
      dialog.getByRole('button', { name: t('products.add.submitPublish') }),
    );
    await expect(await dialog.findByText(shown(t('products.picker.required')))).toBeVisible();
    await expect(dialog.getByText(shown(t('products.add.nameRequired')))).toBeVisible();
    await expect(dialog.getByText(shown(t('products.add.priceInvalid')))).toBeVisible();
  },
};

/** Created, and on its way to Shopify: the job that publishes it has not run yet. */
export const AddProductPublishing: Story = {
  loaders: [fernwood()],
  play: async (context) => {
    const { dialog, t } = await fillAddProduct(context, 'Harbour at dusk');
    await context.userEvent.click(
      dialog.getByRole('button', { name: t('products.add.submitPublish') }),
    );
    await expect(
      await dialog.findByText(shown(t('products.add.publishing', { name: 'Harbour at dusk' }))),
    ).toBeVisible();
  },
};

/** Shopify created it and put it on the Online Store: it is listed, mapped and orderable. */
export const AddProductPublished: Story = {
  loaders: [fernwood()],
  play: async (context) => {
    const { dialog, t, story } = await fillAddProduct(context, 'Harbour at dusk');
    await context.userEvent.click(
      dialog.getByRole('button', { name: t('products.add.submitPublish') }),
    );
    await dialog.findByText(shown(t('products.add.publishing', { name: 'Harbour at dusk' })));
    await story.app.runPendingJobs();
    await expect(
      await dialog.findByText(
        shown(t('products.add.published', { name: 'Harbour at dusk' })),
        {},
        { timeout: 10_000 },
      ),
    ).toBeVisible();
  },
};

/** Shopify refused it: its reason in its words, and "Publish again" once the cause is fixed. */
export const AddProductFailed: Story = {
  loaders: [
    fernwood({
      // The next call to Shopify, the publishing job's, is refused for a missing scope.
      extra: (_story, platforms) => platforms.shopify.failNext('vitrine-demo', 1, 403),
    }),
  ],
  play: async (context) => {
    const { dialog, t, story } = await fillAddProduct(context, 'Harbour at dusk');
    await context.userEvent.click(
      dialog.getByRole('button', { name: t('products.add.submitPublish') }),
    );
    await dialog.findByText(shown(t('products.add.publishing', { name: 'Harbour at dusk' })));
    await story.app.runPendingJobs();
    const alert = await dialog.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent(
      shown(t('products.add.failed', { name: 'Harbour at dusk' })),
    );
    await expect(alert).toHaveTextContent('The app lacks a needed access scope.');
    await expect(dialog.getByRole('button', { name: t('products.add.retry') })).toBeEnabled();
  },
};
