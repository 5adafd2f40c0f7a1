// zod schemas of stats.get (API 5.199, checked against VK's JSON schema in
// test/fixtures/vk-api-schema: stats_period).
import { z } from 'zod';
import { count } from './wire-base';

/** stats_period: one interval of stats.get (reach for the rating, activity for the history). */
export const wireStatsPeriodSchema = z.looseObject({
  period_from: z.union([z.number(), z.string()]).nullish(),
  period_to: z.union([z.number(), z.string()]).nullish(),
  reach: z
    .looseObject({
      reach: count.nullish(),
      reach_subscribers: count.nullish(),
      mobile_reach: count.nullish(),
    })
    .nullish(),
  /** stats_activity: the history's members by month read subscribed − unsubscribed. */
  activity: z
    .looseObject({
      subscribed: count.nullish(),
      unsubscribed: count.nullish(),
    })
    .nullish(),
});

/** stats.get: an array of periods. */
export const statsGetResponse = z.array(wireStatsPeriodSchema);

export type WireStatsPeriod = z.infer<typeof wireStatsPeriodSchema>;
