import { useParams, useRouteNavigator } from '@vkontakte/vk-mini-apps-router';
import { Panel, PanelHeader, PanelHeaderBack, Placeholder } from '@vkontakte/vkui';
import { DemoNotice } from '../DemoNotice';
import { ChildStepper, Scorecard } from '../lazyFeatures';
import { useServices } from '../services';

/** A subordinate page's scorecard (the admin's screen), with previous / next from the table. */
export function ChildPanel({ id }: { id: string }) {
  const navigator = useRouteNavigator();
  const params = useParams<'groupId'>();
  const { launch } = useServices();
  const childId = Number(params?.groupId);
  const valid = Number.isInteger(childId) && childId > 0;
  return (
    <Panel id={id}>
      <PanelHeader
        before={<PanelHeaderBack onClick={() => void navigator.back()} data-testid="child-back" />}
      >
        Подведомственная страница
      </PanelHeader>
      <DemoNotice />
      {valid ? (
        <>
          <ChildStepper
            parentId={launch.groupId}
            tryCommunity={launch.role === 'admin'}
            childId={childId}
            onStep={(next) => void navigator.replace(`/children/${next}`)}
            onRemoved={() => void navigator.back()}
          >
            {(listCategory, known, knownMonitoring) => (
              <Scorecard
                key={childId}
                groupId={childId}
                canManage={false}
                listCategory={listCategory}
                known={known}
                knownMonitoring={knownMonitoring}
              />
            )}
          </ChildStepper>
        </>
      ) : (
        <Placeholder title="Страница не найдена">В адресе нет номера сообщества.</Placeholder>
      )}
    </Panel>
  );
}
