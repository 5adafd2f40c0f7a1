// zod schemas of stats.get (API 5.199, checked against VK's JSON schema in
// test/fixtures/vk-api-schema: stats_period).
import { z } from 'zod/mini';
import { count } from './wire-base';

/** stats_period: one interval of stats.get (reach for the rating, activity for the history). */
export const wireStatsPeriodSchema = z.looseObject({
  period_from: z.nullish(z.union([z.number(), z.string()])),
  period_to: z.nullish(z.union([z.number(), z.string()])),
  reach: z.nullish(
    z.looseObject({
      reach: z.nullish(count),
      reach_subscribers: z.nullish(count),
      mobile_reach: z.nullish(count),
    }),
  ),
  /** stats_activity: the history's members by month read subscribed − unsubscribed. */
  activity: z.nullish(
    z.looseObject({
      subscribed: z.nullish(count),
      unsubscribed: z.nullish(count),
    }),
  ),
});

/** stats.get: an array of periods. */
export const statsGetResponse = z.array(wireStatsPeriodSchema);

export type WireStatsPeriod = z.infer<typeof wireStatsPeriodSchema>;
