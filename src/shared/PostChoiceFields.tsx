// The «which post» block of the giveaway and quiz forms: the three ways to choose, the link field with
// its inline check, and the picker of the page's latest posts.
import { FormItem, Input, Radio } from '@vkontakte/vkui';
import type { ErrorDescription } from './vk-error-text';
import { postLinkError, type PostChoice, type PostMode } from './post-choice';
import { PostPicker } from './PostPicker';

interface Props {
  choice: PostChoice;
  onChange: (change: Partial<PostChoice>) => void;
  /** The options in the order the form offers them (the first is the form's default). */
  order: readonly PostMode[];
  /** The "later" option: its label and what the app prepares. */
  later: { label: string; description: string };
  /** The submit check's error for the post, if any. */
  error: string | undefined;
  groupId: number;
  timeZone: string;
  describeError: (error: unknown) => ErrorDescription;
  emptyText: string;
  /** Radio names and ids start with it (`gw`, `quiz`): unique on the screen. */
  namePrefix: string;
  /** Test ids start with it (`giveaway`, `quiz`). */
  testIdPrefix: string;
}

const LABELS: Readonly<Record<Exclude<PostMode, 'later'>, string>> = {
  link: 'Запись уже опубликована: вставить ссылку',
  pick: 'Выбрать из последних записей страницы',
};

export function PostChoiceFields(props: Props) {
  const { choice, onChange, error, namePrefix, testIdPrefix } = props;
  const linkError = choice.postMode === 'link' ? postLinkError(choice.postLink) : undefined;
  return (
    <>
      {props.order.map((mode) => (
        <Radio
          key={mode}
          name={`${namePrefix}-post-mode`}
          checked={choice.postMode === mode}
          onChange={() => onChange({ postMode: mode })}
          description={mode === 'later' ? props.later.description : undefined}
          slotProps={{ root: { 'data-testid': `${testIdPrefix}-post-mode-${mode}` } }}
        >
          {mode === 'later' ? props.later.label : LABELS[mode]}
        </Radio>
      ))}
      {choice.postMode === 'link' && (
        <FormItem
          top="Ссылка на запись"
          topMultiline
          htmlFor={`${namePrefix}-post-link`}
          status={linkError || error ? 'error' : 'default'}
          bottom={linkError ?? error}
        >
          <Input
            id={`${namePrefix}-post-link`}
            data-testid={`${testIdPrefix}-post-link`}
            value={choice.postLink}
            placeholder="https://vk.com/wall-123_45"
            onChange={(event) => onChange({ postLink: event.currentTarget.value })}
          />
        </FormItem>
      )}
      {choice.postMode === 'pick' && (
        <PostPicker
          groupId={props.groupId}
          timeZone={props.timeZone}
          picked={choice.pickedPost}
          onPick={(ref) => onChange({ pickedPost: ref })}
          error={error}
          describeError={props.describeError}
          name={`${namePrefix}-picked-post`}
          testIdPrefix={`${testIdPrefix}-pick-post`}
          emptyText={props.emptyText}
        />
      )}
    </>
  );
}
