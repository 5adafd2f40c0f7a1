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
  CHILDREN: 'children',
  CHILD: 'child',
} as const;

export const routes = RoutesConfig.create([
  createRoot(ROOT, [
    createView(MAIN_VIEW, [
      createPanel(PANELS.HOME, '/', []),
      createPanel(PANELS.PAGE, '/page/:groupId', []),
    ]),
  ]),
]);

export function createRouter() {
  return createHashRouter(routes.getRoutes());
}
