// What a supervisor does with the table: refresh it, download it (CSV, Excel), copy it into a letter,
// print the QR posters. A desktop shows every button (wrapping, never cut); a phone shows «Обновить»
// and «Скачать и поделиться», which opens the rest as a sheet.
import {
  Icon20CopyOutline,
  Icon20DownloadOutline,
  Icon20QrCodeOutline,
  Icon20RefreshOutline,
  Icon20ShareOutline,
  Icon24CopyOutline,
  Icon24DownloadOutline,
  Icon24Qr,
} from '@vkontakte/icons';
import { ActionSheet, ActionSheetDefaultIosCloseItem, ActionSheetItem, Button } from '@vkontakte/vkui';
import { useRef, useState } from 'react';

export interface TableAction {
  /** Also the action's data-testid. */
  id: string;
  label: string;
  icon: 'download' | 'copy' | 'qr';
  run: () => void;
}

const SMALL_ICONS = { download: Icon20DownloadOutline, copy: Icon20CopyOutline, qr: Icon20QrCodeOutline };
const SHEET_ICONS = { download: Icon24DownloadOutline, copy: Icon24CopyOutline, qr: Icon24Qr };

interface Props {
  phone: boolean;
  refreshing: boolean;
  onRefresh: () => void;
  actions: readonly TableAction[];
}

export function TableActions({ phone, refreshing, onRefresh, actions }: Props) {
  const [sheet, setSheet] = useState(false);
  const toggle = useRef<HTMLElement>(null);
  const refresh = (
    <Button
      size="m"
      mode="secondary"
      before={<Icon20RefreshOutline aria-hidden />}
      loading={refreshing}
      onClick={onRefresh}
      data-testid="refresh"
    >
      Обновить
    </Button>
  );
  if (!phone)
    return (
      <div className="sup-actions" data-testid="table-actions">
        {refresh}
        {actions.map((action) => {
          const Icon = SMALL_ICONS[action.icon];
          return (
            <Button
              key={action.id}
              size="m"
              mode="secondary"
              before={<Icon aria-hidden />}
              data-testid={action.id}
              onClick={action.run}
            >
              {action.label}
            </Button>
          );
        })}
      </div>
    );
  return (
    <div className="sup-actions sup-actions--phone" data-testid="table-actions">
      {refresh}
      <Button
        size="m"
        mode="secondary"
        before={<Icon20ShareOutline aria-hidden />}
        getRootRef={toggle}
        aria-haspopup="dialog"
        aria-expanded={sheet}
        data-testid="export-menu"
        onClick={() => setSheet(true)}
      >
        Скачать и поделиться
      </Button>
      {sheet && (
        <ActionSheet
          mode="sheet"
          toggleRef={toggle}
          title="Таблица подведомственных страниц"
          onClose={() => setSheet(false)}
          iosCloseItem={<ActionSheetDefaultIosCloseItem />}
        >
          {actions.map((action) => {
            const Icon = SHEET_ICONS[action.icon];
            return (
              <ActionSheetItem
                key={action.id}
                before={<Icon aria-hidden />}
                data-testid={action.id}
                onClick={action.run}
              >
                {action.label}
              </ActionSheetItem>
            );
          })}
        </ActionSheet>
      )}
    </div>
  );
}
