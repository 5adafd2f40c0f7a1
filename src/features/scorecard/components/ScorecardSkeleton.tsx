import { Div, Group, Skeleton } from '@vkontakte/vkui';

/** The scorecard's outline while VK answers. */
export function ScorecardSkeleton() {
  return (
    <div aria-busy="true" aria-label="Загружаем данные страницы" data-testid="scorecard-loading">
      {[96, 180, 220, 160].map((height, index) => (
        <Group key={index}>
          <Div>
            <Skeleton width="40%" height={20} />
            <Skeleton width="100%" height={height} style={{ marginTop: 12 }} />
          </Div>
        </Group>
      ))}
    </div>
  );
}
