// The screens say the zone as the published texts do: one implementation, in the core.
export { byZone, zoneName } from '../core/time-zone-words';
