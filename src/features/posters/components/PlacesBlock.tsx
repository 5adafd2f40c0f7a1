import { Div, FormItem, Group, Header, NativeSelect, Title } from '@vkontakte/vkui';
import {
  INSTITUTIONS,
  INSTITUTION_TYPES,
  isInstitutionType,
  type InstitutionGuess,
  type InstitutionType,
} from '../../../core/posters';
import { GUESS_BASIS, placesText } from '../text';

interface Props {
  type: InstitutionType;
  guess: InstitutionGuess;
  /** The admin picked the type (the guess no longer speaks). */
  overridden: boolean;
  onChange: (type: InstitutionType) => void;
}

/** How many posters to hang and where, for the institution's type (METHODOLOGY). */
export function PlacesBlock({ type, guess, overridden, onChange }: Props) {
  const info = INSTITUTIONS[type];
  return (
    <Group header={<Header>Где повесить плакаты</Header>}>
      <FormItem
        top="Тип учреждения"
        htmlFor="poster-type"
        bottom={overridden ? 'Тип выбран вами и сохранён для этой страницы.' : GUESS_BASIS[guess.basis]}
      >
        <NativeSelect
          id="poster-type"
          data-testid="poster-type"
          value={type}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isInstitutionType(value)) onChange(value);
          }}
        >
          {INSTITUTION_TYPES.map((value) => (
            <option key={value} value={value}>
              {INSTITUTIONS[value].label}
            </option>
          ))}
        </NativeSelect>
      </FormItem>
      <Div>
        <Title level="3" weight="2" data-testid="poster-places">
          {placesText(info.places)}
        </Title>
        <ul className="poster-where" data-testid="poster-where">
          {info.where.map((place) => (
            <li key={place}>{place}</li>
          ))}
        </ul>
      </Div>
    </Group>
  );
}
