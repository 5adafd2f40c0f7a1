// The one source of route ids. Hash routing keeps VK's launch params in the query string intact.
import {
  RoutesConfig,
  createHashRouter,
  createPanel,
  createRoot,
  createView,
} from '@vkontakte/vk-mini-apps-router';

export const ROOT = 'root';
export const MAIN_VIEW = 'main';

export const PANELS = {
  HOME: 'home',
  PAGE: 'page',
  // Not 'children': the router stores panels as properties of its view object, which has a
  // `children` getter, and the app would fail at start-up.
  CHILDREN: 'subordinates',
  CHILD: 'subordinate',
} as const;

export const routes = RoutesConfig.create([
  createRoot(ROOT, [
    createView(MAIN_VIEW, [
      createPanel(PANELS.HOME, '/', []),
      createPanel(PANELS.PAGE, '/page/:groupId', []),
      createPanel(PANELS.CHILDREN, '/children', []),
      createPanel(PANELS.CHILD, '/children/:groupId', []),
    ]),
  ]),
]);

export function createRouter() {
  return createHashRouter(routes.getRoutes());
}
