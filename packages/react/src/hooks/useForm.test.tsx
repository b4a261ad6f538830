import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { type FormApi, useForm, zodValidate } from './useForm.js';

const Person = z.object({
  email: z.email(),
  name: z.string().trim().min(1).max(5),
});
const Team = z.object({ people: z.array(Person).min(1) });
type TeamInput = z.input<typeof Team>;

const blank = { email: '', name: '' };

function TeamForm(props: {
  mode: 'onTouched' | 'onSubmit';
  onValid?: (data: z.output<typeof Team>) => unknown;
  expose?: (form: FormApi<TeamInput, z.output<typeof Team>>) => void;
}) {
  const form = useForm<TeamInput, z.output<typeof Team>>({
    validate: zodValidate(Team),
    defaultValues: { people: [blank] },
    mode: props.mode,
  });
  props.expose?.(form);
  const people = form.fieldArray('people');
  const errors = form.formState.errors;
  return (
    <form onSubmit={form.handleSubmit((data) => props.onValid?.(data))} noValidate>
      {people.fields.map((row, i) => (
        <fieldset key={row.id}>
          <input aria-label={`email ${i}`} {...form.register(`people.${i}.email`)} />
          <span data-testid={`email-error-${i}`}>{errors[`people.${i}.email`]?.type ?? ''}</span>
          <input aria-label={`name ${i}`} {...form.register(`people.${i}.name`)} />
          <span data-testid={`name-error-${i}`}>{errors[`people.${i}.name`]?.type ?? ''}</span>
          <button type="button" onClick={() => people.remove(i)}>
            remove {i}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => people.append(blank)}>
        add
      </button>
      <output data-testid="state">
        {form.formState.isDirty ? 'dirty' : 'clean'} {form.formState.isSubmitting ? 'busy' : ''}
      </output>
      <button type="submit">send</button>
    </form>
  );
}

const error = (field: 'email' | 'name', row = 0) =>
  screen.getByTestId(`${field}-error-${row}`).textContent;

describe('useForm', () => {
  it('in onTouched mode shows an error when the field loses focus, then re-checks on each change', async () => {
    const user = userEvent.setup();
    render(<TeamForm mode="onTouched" />);
    const email = screen.getByLabelText('email 0');
    await user.type(email, 'ann');
    expect(error('email')).toBe('');
    await user.tab();
    expect(error('email')).toBe('invalid_format');
    // Focus is now in the name field, which has not lost focus yet: it stays quiet.
    expect(error('name')).toBe('');
    await user.type(email, '@example.com');
    expect(error('email')).toBe('');
    await user.clear(email);
    expect(error('email')).toBe('invalid_format');
    // Leaving the name field empty marks it too.
    expect(error('name')).toBe('too_small');
  });

  it('in onSubmit mode checks nothing before the first submit, and each change after it', async () => {
    const user = userEvent.setup();
    render(<TeamForm mode="onSubmit" />);
    const name = screen.getByLabelText('name 0');
    await user.type(name, 'far too long');
    await user.tab();
    expect(error('name')).toBe('');
    await user.click(screen.getByRole('button', { name: 'send' }));
    expect(error('name')).toBe('too_big');
    expect(error('email')).toBe('invalid_format');
    await user.clear(name);
    await user.type(name, 'Ann');
    expect(error('name')).toBe('');
  });

  it('on a failed submit focuses the first invalid field and does not call onValid', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    render(<TeamForm mode="onTouched" onValid={(data) => sent.push(data)} />);
    await user.type(screen.getByLabelText('email 0'), 'ann@example.com');
    await user.click(screen.getByRole('button', { name: 'send' }));
    expect(screen.getByLabelText('name 0')).toHaveFocus();
    expect(error('name')).toBe('too_small');
    expect(sent).toEqual([]);
  });

  it('submits the parsed output and reports isSubmitting while the handler runs', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    let finish = () => {};
    render(
      <TeamForm
        mode="onTouched"
        onValid={(data) => {
          sent.push(data);
          return new Promise<void>((resolve) => {
            finish = resolve;
          });
        }}
      />,
    );
    await user.type(screen.getByLabelText('email 0'), 'ann@example.com');
    await user.type(screen.getByLabelText('name 0'), '  Ann ');
    expect(screen.getByTestId('state').textContent).toContain('dirty');
    await user.click(screen.getByRole('button', { name: 'send' }));
    expect(screen.getByTestId('state').textContent).toContain('busy');
    // The schema's trim applies: the handler gets zod's output, not the raw input.
    expect(sent).toEqual([{ people: [{ email: 'ann@example.com', name: 'Ann' }] }]);
    finish();
    await waitFor(() => expect(screen.getByTestId('state').textContent).not.toContain('busy'));
  });

  it('keeps values and errors with their rows when a row above is removed', async () => {
    const user = userEvent.setup();
    let form!: FormApi<TeamInput, z.output<typeof Team>>;
    render(<TeamForm mode="onSubmit" expose={(f) => (form = f)} />);
    await user.click(screen.getByRole('button', { name: 'add' }));
    await user.click(screen.getByRole('button', { name: 'add' }));
    await user.type(screen.getByLabelText('email 1'), 'bob@example.com');
    await user.type(screen.getByLabelText('name 1'), 'Bob');
    await user.type(screen.getByLabelText('email 2'), 'nope');
    await user.type(screen.getByLabelText('name 2'), 'Cy');
    await user.click(screen.getByRole('button', { name: 'send' }));
    expect(error('email', 2)).toBe('invalid_format');
    await user.click(screen.getByRole('button', { name: 'remove 0' }));
    expect(screen.getByLabelText('email 0')).toHaveValue('bob@example.com');
    expect(screen.getByLabelText('email 1')).toHaveValue('nope');
    expect(error('email', 0)).toBe('');
    expect(error('email', 1)).toBe('invalid_format');
    expect(form.getValues()).toEqual({
      people: [
        { email: 'bob@example.com', name: 'Bob' },
        { email: 'nope', name: 'Cy' },
      ],
    });
    // The moved row still writes to its new place.
    await user.clear(screen.getByLabelText('email 1'));
    await user.type(screen.getByLabelText('email 1'), 'cy@example.com');
    expect(form.getValues<string>('people.1.email')).toBe('cy@example.com');
    expect(error('email', 1)).toBe('');
  });

  it('puts server errors on fields with focus, and reset clears errors and writes the inputs', async () => {
    const user = userEvent.setup();
    let form!: FormApi<TeamInput, z.output<typeof Team>>;
    render(<TeamForm mode="onTouched" expose={(f) => (form = f)} />);
    await user.type(screen.getByLabelText('email 0'), 'ann@example.com');
    form.setError('people.0.email', { type: 'email_taken', message: '' }, { shouldFocus: true });
    await waitFor(() => expect(error('email')).toBe('email_taken'));
    expect(screen.getByLabelText('email 0')).toHaveFocus();

    form.reset({ people: [{ email: 'zoe@example.com', name: 'Zoe' }] });
    await waitFor(() => expect(error('email')).toBe(''));
    expect(screen.getByLabelText('email 0')).toHaveValue('zoe@example.com');
    expect(screen.getByTestId('state').textContent).toContain('clean');
    // After a reset the field is untouched again: typing alone shows nothing.
    await user.clear(screen.getByLabelText('email 0'));
    expect(error('email')).toBe('');
  });

  it('setValue writes the input and validates when asked; watch reads the value', async () => {
    let form!: FormApi<TeamInput, z.output<typeof Team>>;
    render(<TeamForm mode="onSubmit" expose={(f) => (form = f)} />);
    form.setValue('people.0.name', 'toolongname', { shouldValidate: true });
    await waitFor(() => expect(error('name')).toBe('too_big'));
    expect(screen.getByLabelText('name 0')).toHaveValue('toolongname');
    expect(form.watch('people.0.name')).toBe('toolongname');
    form.setFocus('people.0.email');
    expect(screen.getByLabelText('email 0')).toHaveFocus();
  });
});
