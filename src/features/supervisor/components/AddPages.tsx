// Adding subordinate pages: pasted from a letter, imported from the regional list (CSV/XLSX), or
// taken from the parent's links block. Every line's outcome is shown; nothing is saved until the
// supervisor confirms.
import {
  Button,
  Div,
  File,
  FormItem,
  Group,
  Header,
  Placeholder,
  SimpleCell,
  Spinner,
  Textarea,
} from '@vkontakte/vkui';
import { useState } from 'react';
import { useServices } from '../../../shared/services';
import {
  entriesOf,
  previewImport,
  previewLinksBlock,
  previewPaste,
  type PreviewItem,
} from '../../../data/children/preview';
import { importSizeError } from '../../../core/pages/import-list';
import type { ChildEntry } from '../../../data/children/list-store';
import { previewImportFile, ImportFileError } from '../../../data/import/read-file';
import { countOf } from '../../../shared/format';
import { StatusMark } from '../../../shared/StatusMark';
import { describeVkError } from '../../../shared/vk-error-text';
import { CATEGORY_SHORT } from '../text';

const PAGES = ['страницу', 'страницы', 'страниц'] as const;

type Step =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'preview'; items: PreviewItem[]; source: string }
  | { kind: 'error'; title: string; action: string };

interface Props {
  parentId: number | null;
  existing: readonly ChildEntry[];
  /** A narrow screen: the buttons fill the width and wrap instead of shrinking. */
  phone?: boolean;
  onConfirm: (added: ChildEntry[]) => Promise<void>;
}

export function AddPages({ parentId, existing, phone = false, onConfirm }: Props) {
  const { api } = useServices();
  const [text, setText] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const attempt = async (source: string, build: () => Promise<PreviewItem[]>) => {
    setStep({ kind: 'working' });
    try {
      setStep({ kind: 'preview', items: await build(), source });
    } catch (error) {
      setStep(
        error instanceof ImportFileError
          ? { kind: 'error', title: `Не удалось прочитать ${source}`, action: error.message }
          : { kind: 'error', ...describeVkError(error) },
      );
    }
  };

  const onFile = (file: globalThis.File | undefined) => {
    if (!file) return;
    void attempt(`файл «${file.name}»`, async () => {
      // An enormous file is refused by its size, before a byte of it is loaded.
      const tooLarge = importSizeError(file.size);
      if (tooLarge) throw new ImportFileError(tooLarge);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const read = await previewImportFile({ name: file.name, bytes });
      if (read.preview.error) throw new ImportFileError(read.preview.error);
      return previewImport(api, read.preview, existing);
    });
  };

  const confirm = async (items: PreviewItem[]) => {
    setStep({ kind: 'working' });
    try {
      await onConfirm(entriesOf(items));
      setText('');
      setStep({ kind: 'idle' });
    } catch (error) {
      setStep({ kind: 'error', ...describeVkError(error) });
    }
  };

  return (
    <Group header={<Header>Добавить подведомственные страницы</Header>} data-testid="add-pages">
      <FormItem
        top="Ссылки, номера или короткие имена — можно вставить целиком из письма"
        topMultiline
        htmlFor="paste-refs"
      >
        <Textarea
          id="paste-refs"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          placeholder="https://vk.com/school1, vk.com/club123, ds5_solnyshko"
        />
      </FormItem>
      <Div>
        <div className={phone ? 'sup-actions sup-actions--phone' : 'sup-actions'}>
          <Button
            size="m"
            disabled={text.trim() === '' || step.kind === 'working'}
            onClick={() => void attempt('вставленный текст', () => previewPaste(api, text, existing))}
          >
            Проверить
          </Button>
          <File
            size="m"
            mode="secondary"
            accept=".csv,.xlsx,text/csv"
            onChange={(event) => onFile(event.currentTarget.files?.[0])}
          >
            Импорт CSV или XLSX
          </File>
          {parentId !== null && (
            <Button
              size="m"
              mode="secondary"
              onClick={() =>
                void attempt('блок ссылок сообщества', () => previewLinksBlock(api, parentId, existing))
              }
            >
              Из блока «Ссылки»
            </Button>
          )}
        </div>
      </Div>
      {step.kind === 'working' && (
        <Div>
          <Spinner size="m" aria-label="Проверяем страницы" />
        </Div>
      )}
      {step.kind === 'error' && (
        <Placeholder title={step.title} data-testid="add-error">
          {step.action}
        </Placeholder>
      )}
      {step.kind === 'preview' && (
        <Preview
          phone={phone}
          items={step.items}
          source={step.source}
          onConfirm={() => void confirm(step.items)}
          onCancel={() => setStep({ kind: 'idle' })}
        />
      )}
    </Group>
  );
}

function Preview({
  phone,
  items,
  source,
  onConfirm,
  onCancel,
}: {
  phone: boolean;
  items: PreviewItem[];
  source: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const adding = entriesOf(items).length;
  const skipped = items.filter((item) => item.status === 'skipped').length;
  return (
    <div data-testid="add-preview">
      <Div>
        <StatusMark tone={adding > 0 ? 'ok' : 'unknown'}>
          {source}: будет добавлено {countOf(adding, PAGES)}, пропущено строк — {skipped}. Список ещё не
          изменён.
        </StatusMark>
      </Div>
      {items.map((item, index) => (
        <SimpleCell
          key={`${item.line ?? 'x'}-${index}`}
          multiline
          data-testid="preview-item"
          data-status={item.status}
          subtitle={
            item.status === 'ok' ? (
              // A line that will be added with a caveat is a warning, not a plain success.
              <StatusMark tone={item.page.deactivated || item.note ? 'risk' : 'ok'}>
                {item.page.deactivated
                  ? 'будет в списке, но страница удалена или заблокирована'
                  : 'будет добавлена'}
                {item.category ? ` · ${CATEGORY_SHORT[item.category]}` : ''}
                {item.note ? ` · ${item.note}` : ''}
              </StatusMark>
            ) : (
              <StatusMark tone="bad">пропущено: {item.reason}</StatusMark>
            )
          }
        >
          {item.line !== null ? `Строка ${item.line}: ` : ''}
          {item.status === 'ok' ? item.page.name : item.raw || '(пусто)'}
        </SimpleCell>
      ))}
      <Div>
        <div className={phone ? 'sup-actions sup-actions--phone' : 'sup-actions'}>
          <Button size="m" disabled={adding === 0} onClick={onConfirm} data-testid="confirm-add">
            Добавить {countOf(adding, PAGES)}
          </Button>
          <Button size="m" mode="secondary" onClick={onCancel}>
            Отмена
          </Button>
        </div>
      </Div>
    </div>
  );
}
