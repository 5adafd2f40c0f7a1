// Half of a deliberate import cycle: the lint test proves import-x/no-cycle reports it.
import { b } from './cycle-b';

export const a = (): number => b() + 1;
