import { RouterProvider } from '@vkontakte/vk-mini-apps-router';
import { AdaptivityProvider, AppRoot, ConfigProvider } from '@vkontakte/vkui';
import { useMemo } from 'react';
import { ScreenBoundary } from '../shared/ScreenBoundary';
import { Layout } from './Layout';
import { createRouter } from './routes';
import { ServicesProvider, type AppServices } from '../shared/services';
import { useAppearance } from './useAppearance';
import './app.css';

export function App({ services }: { services: AppServices }) {
  const colorScheme = useAppearance(services.appearance);
  const router = useMemo(() => createRouter(), []);
  return (
    <ServicesProvider value={services}>
      {/* VKUI's base platform, as VKUI 7 picks by default everywhere: the build ships only its design
          tokens (scripts/vite/base-tokens.ts). */}
      <ConfigProvider platform="android" colorScheme={colorScheme}>
        <AdaptivityProvider>
          <AppRoot>
            {/* The last wall: the panels have their own (GuardedPanel), this one catches the frame. */}
            <ScreenBoundary>
              <RouterProvider router={router} notFoundRedirectPath="/">
                <Layout />
              </RouterProvider>
            </ScreenBoundary>
          </AppRoot>
        </AdaptivityProvider>
      </ConfigProvider>
    </ServicesProvider>
  );
}
