import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  BulkCsvImporter,
  type BulkCsvTranslate,
  bulkCsvTranslator,
  createTranslator,
} from '@vitrine/react';
import { demoCatalog, upsertCatalog } from '@vitrine/server';
import { type ReactNode, useEffect } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { packOf } from './support/locales.js';
import { outage } from './support/network.js';
import { connectShopify, serveWithPlatforms } from './support/platforms.js';
import {
  createTeam,
  type StoryServer,
  type StoryServerOptions,
  seedOf,
  serverOf,
} from './support/storyServer.js';
import { shown } from './support/text.js';

/**
 * The words a story shows, in the toolbar's (or the story's) locale: the main catalog and the
 * importer's own, as the widget reads them.
 */
function textOf(context: { globals: Record<string, unknown> }): BulkCsvTranslate {
  const pack = packOf(context);
  return bulkCsvTranslator(createTranslator(pack.messages, pack.locale), pack.locale, pack.bulkCsv);
}

/** One variant of the demo shop, as the play functions write them into files. */
interface Row {
  id: string;
  sku: string | null;
}
type Seed = { storeId: string; variants: Row[]; managerId: string; clientId: string };

/** A business card printed on one side: one print area, `default`. */
const CARD = 'cards_pf_bb_pt_350-gsm-coated-silk_cl_4-0_ct_none_prt_none_sft_none_set_none_hor';
const art = (name: string) => `https://cdn.fernwood.example/art/${name}.pdf`;

/**
 * Runs the server's queued jobs while the story is on show, as the Node server's interval does;
 * `manual` leaves them to the play function, to show an import waiting or part done.
 */
function JobRunner(props: { story: StoryServer; manual: boolean; children: ReactNode }) {
  const { story, manual } = props;
  useEffect(() => {
    if (manual) return;
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      void story.app.runPendingJobs().finally(() => {
        running = false;
      });
    }, 200);
    return () => clearInterval(timer);
  }, [story, manual]);
  return props.children;
}

const meta = {
  title: 'Widgets/BulkCsvImporter',
  component: BulkCsvImporter,
  args: {
    storeId: '',
    pollIntervalMs: 250,
    onSuccess: fn(),
    onError: fn(),
    onReady: fn(),
    onStateChange: fn(),
  },
  render: (args, context) => (
    <JobRunner story={serverOf(context)} manual={context.parameters.jobs === 'manual'}>
      <BulkCsvImporter {...args} storeId={seedOf<Seed>(context).storeId} />
    </JobRunner>
  ),
  parameters: {
    frame: 'wide',
    docs: {
      description: {
        component:
          'Maps a store’s variants in bulk from a spreadsheet. Download the current mappings (or a blank template), fill in Product UID and design file links, and drop the file: it is read in a Web Worker (Excel’s Windows-1252 and `;`, UTF-8 or UTF-16, Shopify, WooCommerce and Etsy exports), its columns are matched (fixable by hand) and its first rows previewed with their problems. A dry run checks every row on the server; the import then runs as a job with live progress, survives closing the page, and ends with counts and an error report to fix and import again. Sessions with `products:manage` import; `products:read` may only download. Every story runs the real server in the page.',
      },
    },
  },
} satisfies Meta<typeof BulkCsvImporter>;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = Parameters<NonNullable<Story['play']>>[0];

const maya = { email: 'maya@fernwoodcandle.example', firstName: 'Maya', lastName: 'Okafor' };
const diego = {
  email: 'diego@fernwoodcandle.example',
  firstName: 'Diego',
  lastName: 'Ramos',
  role: 'store_manager' as const,
  stores: ['Market Street shop'],
};
const tom = {
  email: 'tom@fernwoodcandle.example',
  firstName: 'Tom',
  lastName: 'Becker',
  role: 'viewer' as const,
};

/**
 * Fernwood's team, the demo Shopify shop connected and synced (12 products, 101 variants), and a
 * part of the print provider's catalog; signed in as `who`.
 */
const fernwood = (
  who: 'admin' | 'manager' | 'viewer',
  extra?: (story: StoryServer, seed: Seed) => Promise<void>,
  options: StoryServerOptions = {},
) =>
  serveWithPlatforms(async (story, platforms): Promise<Seed> => {
    const team = await createTeam(story, {
      client: { name: 'Fernwood Candle Co.', referenceId: 'ERP-20817' },
      admin: maya,
      stores: ['Market Street shop'],
      members: [diego, tom],
    });
    const cards = demoCatalog().filter((p) => p.productUid.startsWith('cards_'));
    await story.db.transaction((tx) => upsertCatalog(tx, story.provider.id, cards));
    const store = await connectShopify(story, platforms, team.clientId, 'vitrine-demo');
    const managerId = team.users[diego.email]!.id;
    await story.backend.users.update(team.clientId, managerId, {
      role: 'store_manager',
      storeIds: [team.stores['Market Street shop']!.id, store.id],
    });
    const variants: Row[] = [];
    for await (const product of story.backend.products.listAll(store.id)) {
      for (const v of product.variants ?? []) variants.push({ id: v.id, sku: v.sku });
    }
    const seed = { storeId: store.id, variants, managerId, clientId: team.clientId };
    await extra?.(story, seed);
    story.signInAs(
      team.as(who === 'admin' ? maya.email : who === 'manager' ? diego.email : tom.email),
    );
    return seed;
  }, options);

const csv = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

/** Three rows the server applies as they are. */
const goodFile = (v: Row[]) =>
  csv([
    'Variant ID,Product UID,Design File URL',
    `${v[0]!.id},${CARD},${art('lavender-mist')}`,
    `${v[1]!.id},${CARD},${art('cedar-grove')}`,
    `${v[2]!.id},IGNORE,`,
  ]);

/** Rows the browser rejects (a typo, a link that is not one, no identifier) and good ones. */
const fileWithErrors = (v: Row[]) =>
  csv([
    'Variant ID,SKU,Product UID,Design File URL',
    `${v[0]!.id},,${CARD},${art('lavender-mist')}`,
    `${v[1]!.id},,Cards Lavender,${art('cedar-grove')}`,
    `${v[2]!.id},,${CARD},cdn.fernwood.example/art/sea-salt.pdf`,
    `,,${CARD},${art('orange-peel')}`,
    `${v[3]!.id},,${CARD},${art('birch')}`,
    `${v[4]!.id},,IGNORE,`,
  ]);

/** Rows the browser accepts and the server refuses: a product not in the catalog, no variant. */
const fileTheServerRejects = (v: Row[]) =>
  csv([
    'Variant ID,Product UID,Design File URL',
    `${v[0]!.id},${CARD},${art('lavender-mist')}`,
    `${v[1]!.id},cards_pf_a7_pt_unknown,${art('cedar-grove')}`,
    `var_retired_2024,${CARD},${art('winter-pine')}`,
    `${v[2]!.id},IGNORE,`,
  ]);

async function drop(context: Context, name: string, content: string | Uint8Array) {
  const t = textOf(context);
  const input = await context.canvas.findByLabelText(t('bulkCsv.drop.button'), undefined, {
    timeout: 15_000,
  });
  await context.userEvent.upload(
    input,
    new File([content as BlobPart], name, { type: 'text/csv' }),
  );
}

const variantsOf = (context: Context) => seedOf<Seed>(context).variants;

/** Waits for the screen whose heading is `name` (focus moves there when the user acted). */
const screenHeading = (context: Context, name: string) =>
  context.canvas.findByRole('heading', { name }, { timeout: 20_000 });

async function checkFile(context: Context) {
  const t = textOf(context);
  await context.userEvent.click(
    await context.canvas.findByRole('button', { name: t('bulkCsv.check') }, { timeout: 15_000 }),
  );
  return screenHeading(context, t('bulkCsv.reviewed.title'));
}

/**
 * An import part applied, as a worker leaves it between two steps: `done` rows applied, the job
 * held by that worker for a day (on the server's clock), so nothing else picks it up meanwhile.
 */
async function setImportRunning(story: StoryServer, importId: string, done: number) {
  const now = story.clock.now();
  await story.db.query(
    `update mapping_imports set status = 'running', done_rows = $2, updated_at = $3 where id = $1`,
    [importId, done, now],
  );
  await story.db.query(
    `update jobs set status = 'running', started_at = $3, progress_done = $2, locked_by = 'story',
       locked_until = $4 where id = (select job_id from mapping_imports where id = $1)`,
    [importId, done, now, new Date(now.getTime() + 24 * 60 * 60 * 1000)],
  );
}

/** The worker holding the import's job went away: its lease ends and another worker resumes it. */
async function releaseImport(story: StoryServer, importId: string) {
  await story.db.query(
    `update jobs set locked_until = $2 where id = (select job_id from mapping_imports where id = $1)`,
    [importId, new Date(story.clock.now().getTime() - 1000)],
  );
}

const activeImport = async (story: StoryServer, storeId: string) =>
  (await story.backend.products.imports.list(storeId, { active: 'true' })).data[0] ?? null;

// Stories -------------------------------------------------------------------------------------

/** Maya, the admin, before choosing a file: the downloads and the drop zone. */
export const Empty: Story = {
  loaders: [fernwood('admin')],
  play: async (context) => {
    const t = textOf(context);
    await expect(
      await context.canvas.findByRole('button', { name: t('bulkCsv.download.export') }),
    ).toBeVisible();
    await expect(
      context.canvas.getByRole('button', { name: t('bulkCsv.download.template') }),
    ).toBeVisible();
    await expect(context.canvas.getByLabelText(t('bulkCsv.drop.button'))).toBeInTheDocument();
    const steps = within(context.canvas.getByRole('list', { name: t('bulkCsv.stepper') }));
    await expect(steps.getAllByRole('listitem')[0]).toHaveAttribute('aria-current', 'step');
  },
};

/** A file read in the worker: its format, the columns found, the first rows. */
export const FileChosen: Story = {
  loaders: [fernwood('admin')],
  play: async (context) => {
    const t = textOf(context);
    await drop(context, 'fernwood-mappings.csv', goodFile(variantsOf(context)));
    await screenHeading(context, t('bulkCsv.format.title'));
    await expect(
      await context.canvas.findByText(
        shown(t('bulkCsv.preview.rows', { count: 3, n: '3', valid: '3', invalid: '0' })),
      ),
    ).toBeVisible();
    await expect(
      context.canvas.getByText(shown(t('bulkCsv.format.separator.comma'))),
    ).toBeVisible();
    await expect(context.canvas.getByRole('button', { name: t('bulkCsv.check') })).toBeEnabled();
  },
};

/**
 * A Portuguese Excel file (Windows-1252, `;`) whose headers the matching does not know: the
 * widget asks for the Product UID and identifier columns.
 */
export const ColumnsNeedFixing: Story = {
  loaders: [fernwood('admin')],
  play: async (context) => {
    const t = textOf(context);
    const v = variantsOf(context);
    const text = `Variante;Código;Arte final;Descrição\r\n${v[0]!.id};${CARD};${art('a')};Cartão de visita\r\n`;
    const latin1 = Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));
    await drop(context, 'planilha.csv', latin1);
    const alert = await context.canvas.findByRole('alert', {}, { timeout: 15_000 });
    await expect(alert).toHaveTextContent(shown(t('bulkCsv.fatal')));
    await expect(
      context.canvas.getByText(shown(t('bulkCsv.format.encoding.windows-1252'))),
    ).toBeVisible();
    await expect(context.canvas.getByRole('button', { name: t('bulkCsv.check') })).toBeDisabled();
    // One column matched by hand; the identifier is still to pick.
    await context.userEvent.selectOptions(
      context.canvas.getByRole('combobox', {
        name: t('bulkCsv.columns.selectLabel', { field: t('bulkCsv.column.productUid') }),
      }),
      t('bulkCsv.columns.option', { letter: 'B', header: 'Código' }),
    );
    await waitFor(
      () =>
        expect(
          context.canvas.getByRole('combobox', {
            name: t('bulkCsv.columns.selectLabel', { field: t('bulkCsv.column.productUid') }),
          }),
        ).toHaveDisplayValue(t('bulkCsv.columns.option', { letter: 'B', header: 'Código' })),
      { timeout: 10_000 },
    );
    await expect(await context.canvas.findByText(shown(t('bulkCsv.match.override')))).toBeVisible();
  },
};

/** Rows with problems the browser finds: shown on their row, listed, and left out. */
export const PreviewWithErrors: Story = {
  loaders: [fernwood('admin')],
  play: async (context) => {
    const t = textOf(context);
    await drop(context, 'fernwood-spring.csv', fileWithErrors(variantsOf(context)));
    await expect(
      await context.canvas.findByText(
        shown(t('bulkCsv.preview.rows', { count: 6, n: '6', valid: '3', invalid: '3' })),
        {},
        { timeout: 15_000 },
      ),
    ).toBeVisible();
    await expect(
      context.canvas.getByText(shown(t('bulkCsv.preview.skipped', { count: 3, n: '3' }))),
    ).toBeVisible();
    await expect(context.canvas.getByRole('button', { name: t('bulkCsv.report') })).toBeVisible();
    const problems = within(
      (await screenHeading(context, t('bulkCsv.problems.title'))).closest('section')!,
    );
    await expect(problems.getAllByRole('listitem')).toHaveLength(3);
  },
};

/** The dry run: what the import would change, and the rows the server refuses. */
export const DryRunResult: Story = {
  loaders: [fernwood('admin')],
  play: async (context) => {
    const t = textOf(context);
    await drop(context, 'fernwood-autumn.csv', fileTheServerRejects(variantsOf(context)));
    await checkFile(context);
    await expect(
      context.canvas.getByText(shown(t('bulkCsv.reviewed.changes', { count: 2, n: '2' }))),
    ).toBeVisible();
    await expect(
      context.canvas.getByText(shown(t('bulkCsv.reviewed.problems', { count: 2, n: '2' }))),
    ).toBeVisible();
    await expect(
      context.canvas.getByText(
        shown(
          // The file's own header names the column, whatever the page's language.
          `Product UID: ${t('bulkCsv.error.product_uid_unknown')}`,
        ),
        { exact: false },
      ),
    ).toBeVisible();
    await expect(
      context.canvas.getByRole('button', { name: t('bulkCsv.import', { count: 4, n: '4' }) }),
    ).toBeEnabled();
    // Nothing was written.
    const { data } = await serverOf(context).backend.products.list(seedOf<Seed>(context).storeId, {
      mapping: 'mapped',
    });
    await expect(data).toEqual([]);
  },
};

/** The import part applied: the bar follows the server's job. */
export const Importing: Story = {
  loaders: [fernwood('admin')],
  parameters: { jobs: 'manual' },
  play: async (context) => {
    const t = textOf(context);
    const story = serverOf(context);
    const { storeId, variants } = seedOf<Seed>(context);
    const rows = variants.map((v, i) => `${v.id},${CARD},${art(`design-${i}`)}`);
    await drop(
      context,
      'fernwood-everything.csv',
      csv(['Variant ID,Product UID,Design File URL', ...rows]),
    );
    await context.userEvent.click(
      await context.canvas.findByRole('button', { name: t('bulkCsv.check') }, { timeout: 15_000 }),
    );
    await waitFor(async () => expect((await activeImport(story, storeId))?.status).toBe('queued'), {
      timeout: 15_000,
    });
    await story.app.runPendingJobs();
    await context.userEvent.click(
      await context.canvas.findByRole(
        'button',
        { name: t('bulkCsv.import', { count: variants.length, n: String(variants.length) }) },
        { timeout: 15_000 },
      ),
    );
    await expect(
      await context.canvas.findByText(shown(t('bulkCsv.progress.queued')), {}, { timeout: 15_000 }),
    ).toBeVisible();
    // A worker is part way through it.
    const imp = await activeImport(story, storeId);
    await setImportRunning(story, imp!.id, 40);
    const bar = await context.canvas.findByRole('progressbar', {
      name: t('bulkCsv.progress.label.import', { name: 'fernwood-everything.csv' }),
    });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '40'), { timeout: 10_000 });
    await expect(bar).toHaveAttribute('aria-valuemax', String(variants.length));
    await expect(context.canvas.getByRole('button', { name: t('bulkCsv.cancel') })).toBeEnabled();
  },
};

/** A clean import to its end. */
export const Done: Story = {
  loaders: [fernwood('admin')],
  play: async (context) => {
    const t = textOf(context);
    await drop(context, 'fernwood-mappings.csv', goodFile(variantsOf(context)));
    await checkFile(context);
    await context.userEvent.click(
      context.canvas.getByRole('button', { name: t('bulkCsv.import', { count: 3, n: '3' }) }),
    );
    await screenHeading(context, t('bulkCsv.done.title'));
    await expect(context.canvas.getByText(shown(t('bulkCsv.done.clean')))).toBeVisible();
    await waitFor(() => expect(context.args.onSuccess).toHaveBeenCalled());
  },
};

/** An import with rows the browser and the server refused: counts and the error report. */
export const DoneWithErrors: Story = {
  loaders: [fernwood('admin')],
  play: async (context) => {
    const t = textOf(context);
    const v = variantsOf(context);
    await drop(
      context,
      'fernwood-winter.csv',
      csv([
        'Variant ID,Product UID,Design File URL',
        `${v[0]!.id},${CARD},${art('lavender-mist')}`,
        `${v[1]!.id},cards_pf_a7_pt_unknown,${art('cedar-grove')}`,
        `${v[2]!.id},Cards Lavender,${art('sea-salt')}`,
        `${v[3]!.id},IGNORE,`,
      ]),
    );
    await checkFile(context);
    await context.userEvent.click(
      context.canvas.getByRole('button', { name: t('bulkCsv.import', { count: 3, n: '3' }) }),
    );
    await screenHeading(context, t('bulkCsv.done.title'));
    await expect(
      context.canvas.getByText(shown(t('bulkCsv.done.problems', { count: 2, n: '2' }))),
    ).toBeVisible();
    await expect(context.canvas.getByRole('button', { name: t('bulkCsv.report') })).toBeVisible();
    await expect(context.canvas.getByRole('button', { name: t('bulkCsv.again') })).toBeVisible();
  },
};

/** Diego lost the store between reading the file and checking it: the server refuses. */
export const ServerRefused: Story = {
  loaders: [fernwood('manager')],
  play: async (context) => {
    const t = textOf(context);
    const story = serverOf(context);
    const seed = seedOf<Seed>(context);
    await drop(context, 'fernwood-mappings.csv', goodFile(seed.variants));
    await context.canvas.findByRole('button', { name: t('bulkCsv.check') }, { timeout: 15_000 });
    await story.backend.users.update(seed.clientId, seed.managerId, { role: 'viewer' });
    await context.userEvent.click(context.canvas.getByRole('button', { name: t('bulkCsv.check') }));
    const alert = await context.canvas.findByRole('alert', {}, { timeout: 15_000 });
    await expect(alert).toHaveTextContent(shown(t('error.forbidden')));
    await expect(
      context.canvas.getByRole('button', { name: t('bulkCsv.startOver') }),
    ).toBeVisible();
    await waitFor(() => expect(context.args.onError).toHaveBeenCalled());
  },
};

/** The connection drops while rows are sent: the chunk is sent again once it is back. */
export const ConnectionDrops: Story = {
  loaders: [fernwood('admin')],
  play: async (context) => {
    const t = textOf(context);
    const story = serverOf(context);
    await drop(context, 'fernwood-mappings.csv', goodFile(variantsOf(context)));
    story.network.set([outage('PUT /v1/stores/*/mapping-imports/*/chunks/*')]);
    await context.userEvent.click(
      await context.canvas.findByRole('button', { name: t('bulkCsv.check') }, { timeout: 15_000 }),
    );
    await expect(
      await context.canvas.findByText(
        /…$/,
        { selector: '.vt-BulkCsvImporter-retry' },
        { timeout: 15_000 },
      ),
    ).toBeVisible();
    story.network.restore();
    await screenHeading(context, t('bulkCsv.reviewed.title'));
  },
};

/** The page was closed while the server applied an import; opened again, it carries on. */
export const ResumedImport: Story = {
  loaders: [
    fernwood('admin', async (story, seed) => {
      const imports = story.backend.products.imports;
      const rows = seed.variants.map((v, i) => ({
        row: i + 2,
        variantId: v.id,
        productUid: CARD,
        files: [{ type: 'default', url: art(`design-${i}`) }],
      }));
      const created = await imports.create(seed.storeId, {
        totalRows: rows.length,
        filename: 'fernwood-everything.csv',
      });
      await imports.putChunk(seed.storeId, created.id, 0, { rows });
      await imports.start(seed.storeId, created.id);
      await setImportRunning(story, created.id, 40);
    }),
  ],
  parameters: { jobs: 'manual' },
  play: async (context) => {
    const t = textOf(context);
    const story = serverOf(context);
    await expect(
      await context.canvas.findByText(shown(t('bulkCsv.resumed')), {}, { timeout: 15_000 }),
    ).toBeVisible();
    const bar = context.canvas.getByRole('progressbar', {
      name: t('bulkCsv.progress.label.import', { name: 'fernwood-everything.csv' }),
    });
    await expect(bar).toHaveAttribute('aria-valuenow', '40');
    await expect(context.canvas.getByText(shown(t('bulkCsv.progress.leave')))).toBeVisible();
    // Another worker picks the job up and finishes it; the widget shows the outcome.
    const imp = await activeImport(story, seedOf<Seed>(context).storeId);
    await releaseImport(story, imp!.id);
    await story.app.runPendingJobs();
    await screenHeading(context, t('bulkCsv.done.title'));
    await expect(context.canvas.getByText(shown(t('bulkCsv.done.clean')))).toBeVisible();
  },
};

/** An upload cut short by closing the page: it cannot go on without the file. */
export const Interrupted: Story = {
  loaders: [
    fernwood('admin', async (story, seed) => {
      const imports = story.backend.products.imports;
      const created = await imports.create(seed.storeId, {
        totalRows: 2400,
        filename: 'fernwood-catalogue.csv',
      });
      await imports.putChunk(seed.storeId, created.id, 0, {
        rows: Array.from({ length: 2000 }, (_, i) => ({
          row: i + 2,
          sku: `FW-${i}`,
          productUid: '',
          files: [],
        })),
      });
    }),
  ],
  play: async (context) => {
    const t = textOf(context);
    const alert = await context.canvas.findByRole('alert', {}, { timeout: 15_000 });
    await expect(
      within(alert).getByRole('heading', { name: t('bulkCsv.interrupted.title') }),
    ).toBeVisible();
    await expect(context.canvas.getByLabelText(t('bulkCsv.drop.button'))).toBeInTheDocument();
  },
};

/** Tom may only look: he downloads the mappings, nothing else. */
export const ViewerExportOnly: Story = {
  loaders: [fernwood('viewer')],
  play: async (context) => {
    const t = textOf(context);
    await expect(await context.canvas.findByText(shown(t('bulkCsv.readOnly')))).toBeVisible();
    await expect(
      context.canvas.getByRole('button', { name: t('bulkCsv.download.export') }),
    ).toBeVisible();
    await expect(context.canvas.queryByLabelText(t('bulkCsv.drop.button'))).toBeNull();
    await expect(context.canvas.queryByRole('list', { name: t('bulkCsv.stepper') })).toBeNull();
  },
};

/** On a phone (375 px): the preview scrolls on its own, nothing else overflows. */
export const Phone: Story = {
  ...PreviewWithErrors,
  render: (args, context) => (
    <div style={{ width: 375 }}>
      <JobRunner story={serverOf(context)} manual={false}>
        <BulkCsvImporter {...args} storeId={seedOf<Seed>(context).storeId} />
      </JobRunner>
    </div>
  ),
  play: async (context) => {
    await PreviewWithErrors.play!(context);
    const root = context.canvasElement.querySelector<HTMLElement>('.vt-BulkCsvImporter-root')!;
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    const table = context.canvasElement.querySelector('.vt-BulkCsvImporter-columnTable thead');
    await expect(table && getComputedStyle(table).display).toBe('none');
  },
};
