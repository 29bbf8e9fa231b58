// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createStoreContext } from './create-store-context';
import { focusSoon } from './focus-soon';
import { useFocusAfterRender } from './use-focus-after-render';
import { useModalDialog } from './use-modal-dialog';

afterEach(cleanup);

describe('useModalDialog', () => {
  function Dialog({ open }: { open: boolean }) {
    const ref = useModalDialog(open);
    return (
      <dialog ref={ref} aria-label="Example">
        <button type="button">Inside</button>
      </dialog>
    );
  }

  it('opens the dialog while open is true and closes it when it turns false', () => {
    const { rerender } = render(<Dialog open={false} />);
    const dialog = document.querySelector('dialog');
    expect(dialog?.open).toBe(false);
    rerender(<Dialog open />);
    expect(dialog?.open).toBe(true);
    rerender(<Dialog open={false} />);
    expect(dialog?.open).toBe(false);
  });
});

describe('useFocusAfterRender', () => {
  function Editor() {
    const [editing, setEditing] = useState(false);
    const focusAfterRender = useFocusAfterRender();
    return editing ? (
      <button
        type="button"
        id="edit"
        onClick={() => {
          setEditing(false);
          focusAfterRender('open');
        }}
      >
        Done
      </button>
    ) : (
      <button
        type="button"
        id="open"
        onClick={() => {
          setEditing(true);
          focusAfterRender('edit');
        }}
      >
        Edit
      </button>
    );
  }

  it('focuses the element that only exists after the change has rendered', () => {
    render(<Editor />);
    act(() => screen.getByRole('button', { name: 'Edit' }).click());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Done' }));
    act(() => screen.getByRole('button', { name: 'Done' }).click());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit' }));
  });
});

describe('createStoreContext', () => {
  const { Context, useSelector, useStoreApi } = createStoreContext<{ count: number }>('Counter');

  function Count() {
    const count = useSelector((state) => state.count);
    const api = useStoreApi();
    return (
      <button type="button" onClick={() => api.setState({ count: api.getState().count + 1 })}>
        Count {count}
      </button>
    );
  }

  it('reads and updates the store given by the provider', () => {
    const store = createStore<{ count: number }>(() => ({ count: 1 }));
    render(
      <Context value={store}>
        <Count />
      </Context>,
    );
    act(() => screen.getByRole('button').click());
    expect(screen.getByRole('button').textContent).toBe('Count 2');
    expect(store.getState().count).toBe(2);
  });

  it('says which provider is missing', () => {
    expect(() => render(<Count />)).toThrow('useCounterStore needs a CounterStoreContext provider');
  });
});

describe('focusSoon', () => {
  it('focuses a field that appears before the next frame', async () => {
    const field = document.createElement('input');
    field.id = 'later';
    focusSoon('later');
    document.body.append(field);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    expect(document.activeElement).toBe(field);
    field.remove();
  });
});
