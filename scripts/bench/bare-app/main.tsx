// The floor the first-load bench (scripts/bench/first-load.ts) compares the app with: the least a VK
// Mini App on our stack ships before it shows anything. ConfigProvider, AdaptivityProvider, AppRoot,
// the router, one panel of cells, VKWebAppInit; the same package versions and the same VKUI
// CSS-modules alias as the app (the bench builds it with vite, gzip-served like the app).
import '@vkontakte/vkui/dist/cssm/styles/themes.css';
import bridge from '@vkontakte/vk-bridge';
import {
  RouterProvider,
  RoutesConfig,
  createHashRouter,
  createPanel,
  createRoot as createRouteRoot,
  createView,
  useActiveVkuiLocation,
} from '@vkontakte/vk-mini-apps-router';
import {
  AdaptivityProvider,
  AppRoot,
  ConfigProvider,
  Group,
  Header,
  Panel,
  PanelHeader,
  SimpleCell,
  SplitCol,
  SplitLayout,
  View,
} from '@vkontakte/vkui';
import { createRoot } from 'react-dom/client';

const routes = RoutesConfig.create([
  createRouteRoot('root', [createView('main', [createPanel('home', '/', [])])]),
]);
const router = createHashRouter(routes.getRoutes());

const CELLS = ['Вовлечённость', 'Частота публикаций', 'Охват', 'Обязательные требования', 'Рейтинг'];

function Home() {
  const { panel = 'home' } = useActiveVkuiLocation();
  return (
    <SplitLayout center>
      <SplitCol maxWidth={760} width="100%" stretchedOnMobile>
        <View id="main" activePanel={panel}>
          <Panel id="home">
            <PanelHeader>Пульс госпаблика</PanelHeader>
            <Group header={<Header>Показатели</Header>} data-testid="bare-cells">
              {CELLS.map((title) => (
                <SimpleCell key={title} subtitle="по методике">
                  {title}
                </SimpleCell>
              ))}
            </Group>
          </Panel>
        </View>
      </SplitCol>
    </SplitLayout>
  );
}

void bridge.send('VKWebAppInit').catch(() => undefined);
createRoot(document.getElementById('root')!).render(
  <ConfigProvider>
    <AdaptivityProvider>
      <AppRoot>
        <RouterProvider router={router}>
          <Home />
        </RouterProvider>
      </AppRoot>
    </AdaptivityProvider>
  </ConfigProvider>,
);
