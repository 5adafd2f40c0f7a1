// A panel behind its own boundary: when the panel itself fails to render, a stand-in panel with the
// app's header, a back button and «Повторить» takes its place, and the other panels keep working.
// (A screen inside a panel has its own boundary too, lazy-screen.tsx, so the panel's own header stays.)
import { useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { Group, Panel, PanelHeader, PanelHeaderBack } from '@vkontakte/vkui';
import type { ComponentType } from 'react';
import { ScreenBoundary, ScreenError } from '../shared/ScreenBoundary';
import { ScreenTitle } from '../shared/ScreenTitle';
import { DemoNotice } from './DemoNotice';
import { PANELS } from './routes';

export function GuardedPanel({ id, panel: Screen }: { id: string; panel: ComponentType<{ id: string }> }) {
  return (
    <ScreenBoundary fallback={(error, retry) => <FailedPanel id={id} error={error} onRetry={retry} />}>
      <Screen id={id} />
    </ScreenBoundary>
  );
}

function FailedPanel({ id, error, onRetry }: { id: string; error: unknown; onRetry: () => void }) {
  const navigator = useRouteNavigator();
  return (
    <Panel id={id}>
      <PanelHeader
        before={id === PANELS.HOME ? undefined : <PanelHeaderBack onClick={() => void navigator.back()} />}
      >
        <ScreenTitle>Пульс госпаблика</ScreenTitle>
      </PanelHeader>
      <DemoNotice />
      <Group>
        <ScreenError error={error} onRetry={onRetry} />
      </Group>
    </Panel>
  );
}
