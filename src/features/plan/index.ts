// «План публикаций»: one chunk, loaded when the screen opens.
export { PlanContent } from './PlanContent';
