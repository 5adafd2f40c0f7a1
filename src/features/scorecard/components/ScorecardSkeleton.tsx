import { Div, Group, Skeleton } from '@vkontakte/vkui';

/** The first screen's outline while VK answers: the page, the verdict, the rating, the first action. */
export function ScorecardSkeleton() {
  return (
    <div aria-busy="true" aria-label="Загружаем данные страницы" data-testid="scorecard-loading">
      <Group>
        <Div className="sc-skeleton__page">
          <Skeleton width={48} height={48} borderRadius="50%" />
          <div className="sc-skeleton__lines">
            <Skeleton width="80%" height={20} />
            <Skeleton width="50%" height={14} />
          </div>
        </Div>
        <Div>
          <Skeleton width="55%" height={32} />
          <Skeleton width="90%" height={18} style={{ marginTop: 8 }} />
          <Skeleton width="40%" height={40} style={{ marginTop: 16 }} />
          <Skeleton width="100%" height={8} style={{ marginTop: 12 }} />
        </Div>
      </Group>
      <Group>
        <Div>
          <Skeleton width="45%" height={20} />
          <Skeleton width="85%" height={18} style={{ marginTop: 16 }} />
          <Skeleton width="60%" height={14} style={{ marginTop: 8 }} />
          <Skeleton width={180} height={36} style={{ marginTop: 12 }} borderRadius={8} />
        </Div>
      </Group>
    </div>
  );
}
