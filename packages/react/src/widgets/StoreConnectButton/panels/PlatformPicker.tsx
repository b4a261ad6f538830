'use client';
import { Button } from '../../../components/Button.js';
import { cx } from '../../../components/cx.js';
import { PlatformMark } from '../../../components/PlatformMark.js';
import { useVitrine } from '../../../provider/VitrineProvider.js';
import type { PanelProps } from '../types.js';

/** The platforms offered, each with what connecting it takes. */
export function PlatformPicker({ connection, classNames }: PanelProps) {
  const { t } = useVitrine();
  const picked = connection.step.kind === 'pick' ? connection.step.picked : null;
  return (
    <form
      className={cx('vt-StoreConnect-form', classNames.form)}
      onSubmit={(event) => {
        event.preventDefault();
        connection.choose();
      }}
    >
      <fieldset className={cx('vt-StoreConnect-platforms', classNames.platforms)}>
        <legend className="vt-StoreConnect-legend">{t('stores.connect.pickPlatform')}</legend>
        {connection.platforms.map((p) => (
          <label
            key={p}
            className={cx('vt-StoreConnect-platform', classNames.platform)}
            data-platform={p}
            data-checked={picked === p || undefined}
          >
            <input
              type="radio"
              name="vt-store-platform"
              value={p}
              checked={picked === p}
              onChange={() => connection.pick(p)}
            />
            <PlatformMark platform={p} />
            <span className="vt-StoreConnect-platformText">
              <span className="vt-StoreConnect-platformName">{t(`stores.platform.${p}`)}</span>
              <span className="vt-StoreConnect-platformDescription">
                {t(`stores.platform.${p}.description`)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className={cx('vt-Actions', classNames.actions)}>
        <Button variant="ghost" onClick={connection.close}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" disabled={!picked}>
          {t('stores.connect.continue')}
        </Button>
      </div>
    </form>
  );
}
