import { canManage } from '../../core/roles';
import { Quiz } from '../lazyFeatures';
import { useServices } from '../../shared/services';
import { ScreenPanel } from '../ScreenPanel';
import { usePanelParams } from '../usePanelParams';

/** One quiz (/quiz/:id and /quiz/:id/post/:postRef): the organiser's or the participant's view. */
export function QuizPanel({ id }: { id: string }) {
  const params = usePanelParams<'id' | 'postRef'>(id);
  const { launch } = useServices();
  const quizId = params.id ?? '';
  const postRef = params.postRef ?? null;
  return (
    <ScreenPanel id={id} title="Викторина">
      <Quiz
        key={`${quizId}/${postRef ?? ''}`}
        groupId={launch.groupId}
        canManage={canManage(launch.role)}
        id={quizId}
        postRef={postRef}
      />
    </ScreenPanel>
  );
}
