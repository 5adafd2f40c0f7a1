// The providers every feature screen needs in a unit test.
import { AdaptivityProvider, AppRoot, ConfigProvider } from '@vkontakte/vkui';
import type { ReactNode } from 'react';
import { ServicesProvider, type AppServices } from '../../../src/shared/services';

export function wrap(children: ReactNode, services?: AppServices) {
  const tree = (
    <ConfigProvider>
      <AdaptivityProvider>
        <AppRoot mode="embedded">{children}</AppRoot>
      </AdaptivityProvider>
    </ConfigProvider>
  );
  return services ? <ServicesProvider value={services}>{tree}</ServicesProvider> : tree;
}
