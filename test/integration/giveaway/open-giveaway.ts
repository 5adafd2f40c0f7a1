// A giveaway the organiser has started over the simulated VK (the integration and screen tests of the
// organiser's view share it): bound to the head page's newest giveaway post, whose text shows the code.
import { sha256, type GiveawayConditions } from '../../../src/core/giveaway';
import {
  bindPost,
  createGiveaway,
  drawGiveaway,
  giveawayDeps,
  type GiveawayDeps,
} from '../../../src/data/giveaway';
import { HEAD_ID } from '../../../src/demo/pages';
import { DEMO_NOW, demoServices } from '../demo-services';

export const GROUP = HEAD_ID;
export const HOUR = 3600;

/** Deterministic bytes for ids and secrets. */
function bytesFrom(seed: number): (bytes: number) => Uint8Array {
  let n = 0;
  return (bytes) => sha256(`admin-view-${seed}-${n++}`).slice(0, bytes);
}

/** Two winners and two reserves, drawn an hour after DEMO_NOW; open (the commitment published). */
export async function openGiveaway(conditions: GiveawayConditions) {
  const { services, bridge, clock } = demoServices('role=admin');
  const deps: GiveawayDeps = { ...giveawayDeps(services, GROUP), random: bytesFrom(1) };
  const [post] = bridge.world.walls
    .get(GROUP)!
    .filter((p) => p.kind === 'giveaway' && p.state === 'published')
    .slice(-1);
  if (!post) throw new Error('the demo head page has no giveaway post');
  const postRef = `${post.ownerId}_${post.id}`;
  const draftRecord = await createGiveaway(deps, GROUP, {
    prize: 'Билеты в музей',
    drawAt: DEMO_NOW + HOUR,
    winners: 2,
    reserves: 2,
    conditions,
    blacklist: [],
    postRef: null,
  });
  post.text = `Розыгрыш. Код честности: ${draftRecord.commitment}`;
  const record = await bindPost(deps, draftRecord, postRef);
  return { services, bridge, clock, deps, post, postRef, record };
}

/** The same giveaway after its draw time, drawn and published. */
export async function drawnGiveaway(conditions: GiveawayConditions) {
  const opened = await openGiveaway(conditions);
  opened.clock.advance((HOUR + 60) * 1000);
  const record = await drawGiveaway(opened.deps, opened.record);
  return { ...opened, record };
}
