// @vitest-environment happy-dom
// The create form on screen: a submit with mistakes names them next to the fields and keeps
// everything typed.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { AdaptivityProvider, AppRoot, ConfigProvider } from '@vkontakte/vkui';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ServicesProvider } from '../../../../src/shared/services';
import { CreateGiveaway } from '../../../../src/features/giveaways/CreateGiveaway';
import { demoServices } from '../../../integration/demo-services';

const GROUP = 219000001;

afterEach(cleanup);

function renderForm(onCreated = vi.fn()) {
  const { services } = demoServices('role=admin');
  render(
    <ServicesProvider value={services}>
      <ConfigProvider>
        <AdaptivityProvider>
          <AppRoot mode="embedded">
            <CreateGiveaway groupId={GROUP} onCreated={onCreated} />
          </AppRoot>
        </AdaptivityProvider>
      </ConfigProvider>
    </ServicesProvider>,
  );
  return onCreated;
}

const input = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;

describe('CreateGiveaway', () => {
  it('flags a bad post link as it is typed', () => {
    renderForm();
    fireEvent.change(input('giveaway-post-link'), { target: { value: 'https://vk.com/club1' } });
    expect(screen.getByText(/Это не ссылка на запись/)).toBeTruthy();
    fireEvent.change(input('giveaway-post-link'), { target: { value: 'https://vk.com/wall-1_2' } });
    expect(screen.queryByText(/Это не ссылка на запись/)).toBeNull();
  });

  it('names the mistakes on submit, saves nothing and keeps what was typed', () => {
    const onCreated = renderForm();
    expect(input('giveaway-winners-count').value).toBe('1');
    expect(input('giveaway-reserves-count').value).toBe('1');
    fireEvent.change(input('giveaway-post-link'), { target: { value: 'https://vk.com/wall-219000001_5' } });
    fireEvent.change(input('giveaway-winners-count'), { target: { value: '0' } });
    fireEvent.change(input('giveaway-blacklist'), { target: { value: 'vk.com/id5\nвася' } });
    fireEvent.click(screen.getByTestId('giveaway-submit'));

    expect(screen.getByTestId('giveaway-form-errors')).toBeTruthy();
    expect(screen.getByText('Напишите, что разыгрываете.')).toBeTruthy();
    expect(screen.getByText(/От 1 до 100 победителей/)).toBeTruthy();
    expect(screen.getByText(/Не похоже на страницу человека: вася/)).toBeTruthy();
    expect(onCreated).not.toHaveBeenCalled();
    expect(input('giveaway-post-link').value).toBe('https://vk.com/wall-219000001_5');
    expect(input('giveaway-winners-count').value).toBe('0');
  });

  it('requires at least one condition', () => {
    renderForm();
    fireEvent.change(input('giveaway-prize'), { target: { value: 'Билеты' } });
    fireEvent.click(screen.getByTestId('giveaway-cond-member'));
    fireEvent.click(screen.getByTestId('giveaway-submit'));
    expect(screen.getByTestId('giveaway-conditions-error').textContent).toMatch(/хотя бы одно условие/);
  });
});
