// Every panel's shell: the header with the screen's title (its one h1) and, except at home, a back
// button; then the demo banner; then the screen. One NotFound for an address without a page id.
import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { Panel, PanelHeader, PanelHeaderBack, Placeholder } from '@vkontakte/vkui';
import type { ReactNode } from 'react';
import { ScreenTitle } from '../shared/ScreenTitle';
import { DemoNotice } from './DemoNotice';

interface Props {
  id: string;
  title: string;
  /** False at home: there is nowhere to go back to. */
  back?: boolean;
  backTestId?: string;
  children?: ReactNode;
}

export function ScreenPanel({ id, title, back = true, backTestId, children }: Props) {
  const navigator = useRouteNavigator();
  return (
    <Panel id={id}>
      <PanelHeader
        before={
          back ? (
            <PanelHeaderBack onClick={() => void navigator.back()} data-testid={backTestId} />
          ) : undefined
        }
      >
        <ScreenTitle>{title}</ScreenTitle>
      </PanelHeader>
      <DemoNotice />
      {children}
    </Panel>
  );
}

/** An address that should name a community and does not. */
export function NotFound() {
  return <Placeholder title="Страница не найдена">В адресе нет номера сообщества.</Placeholder>;
}
