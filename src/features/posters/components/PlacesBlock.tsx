import { Div, FormItem, Group, Header, Radio, RadioGroup, Title } from '@vkontakte/vkui';
import {
  INSTITUTIONS,
  INSTITUTION_TYPES,
  type InstitutionGuess,
  type InstitutionType,
} from '../../../core/posters';
import { GUESS_BASIS, institutionLabelParts, placesText } from '../text';

interface Props {
  type: InstitutionType;
  guess: InstitutionGuess;
  /** The admin picked the type (the guess no longer speaks). */
  overridden: boolean;
  onChange: (type: InstitutionType) => void;
}

/**
 * How many posters to hang and where, for the institution's type (METHODOLOGY). The types are a list
 * of radio buttons, not a drop-down: on a phone a closed drop-down cuts the longer names with «…».
 */
export function PlacesBlock({ type, guess, overridden, onChange }: Props) {
  const info = INSTITUTIONS[type];
  return (
    <Group header={<Header multiline>Где повесить плакаты</Header>}>
      <FormItem
        top="Тип учреждения"
        topMultiline
        bottom={overridden ? 'Тип выбран вами и сохранён для этой страницы.' : GUESS_BASIS[guess.basis]}
      >
        <RadioGroup aria-label="Тип учреждения" data-testid="poster-type" data-value={type}>
          {INSTITUTION_TYPES.map((value) => {
            const { name, examples } = institutionLabelParts(INSTITUTIONS[value].label);
            return (
              <Radio
                key={value}
                name="poster-type"
                value={value}
                checked={value === type}
                onChange={() => onChange(value)}
                description={examples ?? undefined}
                slotProps={{ root: { 'data-testid': `poster-type-${value}` } }}
              >
                {name}
              </Radio>
            );
          })}
        </RadioGroup>
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
