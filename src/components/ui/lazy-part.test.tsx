// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyPart } from './lazy-part';

afterEach(cleanup);

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('lazyPart', () => {
  it('shows its stand-in until the code arrives, then the part with its props; later renders are immediate', async () => {
    let arrive: (component: typeof Greeting) => void = () => {};
    const Part = lazyPart<{ name: string }>(
      () => new Promise((resolve) => (arrive = resolve)),
      ({ name }) => <p>Loading {name}…</p>,
    );
    const first = render(<Part name="Ada" />);
    expect(screen.getByText('Loading Ada…')).toBeTruthy();
    arrive(Greeting);
    expect(await screen.findByText('Hello Ada')).toBeTruthy();
    first.unmount();

    render(<Part name="Grace" />);
    expect(screen.getByText('Hello Grace')).toBeTruthy();
  });

  it('says the part did not load, offers a reload, and tries again on the next mount', async () => {
    let attempts = 0;
    const Part = lazyPart<{ name: string }>(() => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Greeting);
    });
    const first = render(<Part name="Ada" />);
    expect((await screen.findByRole('alert')).textContent).toContain('did not load');
    expect(screen.getByRole('button', { name: 'reload the page' })).toBeTruthy();
    first.unmount();

    render(<Part name="Ada" />);
    expect(await screen.findByText('Hello Ada')).toBeTruthy();
    expect(attempts).toBe(2);
  });
});
