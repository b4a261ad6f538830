'use client';
import { cx } from '../../../components/cx.js';
import type { StepperStep } from '../../../hooks/bulkImport/machine.js';
import { useBulkCsvText } from '../../../i18n/bulkCsv.js';

const steps: readonly StepperStep[] = ['file', 'columns', 'check', 'import'];

/** Where the import is: four steps, the current one marked for assistive technology too. */
export function Stepper(props: {
  at: StepperStep;
  /** The last step is complete (the import finished). */
  finished: boolean;
  className?: string | undefined;
}) {
  const t = useBulkCsvText();
  const index = steps.indexOf(props.at);
  return (
    <ol
      className={cx('vt-BulkCsvImporter-stepper', props.className)}
      aria-label={t('bulkCsv.stepper')}
    >
      {steps.map((step, i) => {
        const done = i < index || (props.finished && i === index);
        const current = i === index;
        return (
          <li
            key={step}
            data-status={done ? 'done' : current ? 'current' : 'upcoming'}
            aria-current={current ? 'step' : undefined}
          >
            <span className="vt-BulkCsvImporter-stepNumber" aria-hidden="true">
              {done ? '✓' : i + 1}
            </span>
            <span className="vt-BulkCsvImporter-stepName">
              {t(`bulkCsv.step.${step}`)}
              {done && <span className="vt-VisuallyHidden"> ({t('bulkCsv.step.done')})</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
