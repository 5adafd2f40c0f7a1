// «Подробнее для проверяющих»: the technical words of the fairness page (hash function, formats), folded
// away so a subscriber reads the plain explanation and a checker finds the exact recipe.
import { Div } from '@vkontakte/vkui';
import type { PostRef } from '../../../core/giveaway';
import './for-checkers.css';

export function ForCheckers({ commitment, postRef }: { commitment: string; postRef: PostRef }) {
  return (
    <Div>
      <details className="for-checkers" data-testid="verify-details">
        <summary>Подробнее для проверяющих</summary>
        <ul>
          <li>
            Код честности — SHA-256 от 32 байт секрета (секрет публикуется в итогах 64 шестнадцатеричными
            цифрами). Полный код: <code className="for-checkers__hex">{commitment}</code>
          </li>
          <li>
            Отпечаток списка — SHA-256 от номеров участников по возрастанию через запятую, без пробелов.
          </li>
          <li>
            Победители и резерв выбираются из этого списка генератором, зерно которого — SHA-256 от секрета,
            номера записи ({postRef}) и отпечатка списка. Алгоритм открыт: его можно повторить без приложения
            по комментариям сообщества под записью.
          </li>
        </ul>
      </details>
    </Div>
  );
}

/** A failed check's technical detail (hashes compared, as the core states them), folded away. */
export function CheckDetail({ detail }: { detail: string }) {
  return (
    <details className="for-checkers" data-testid="verify-check-detail">
      <summary>Подробнее для проверяющих</summary>
      <code className="for-checkers__hex">{detail}</code>
    </details>
  );
}
