// index.html keeps the entry's stylesheets below the outline so the outline paints before they come
// (docs/performance.md). Chunks' stylesheets, though, are added to <head>: above them in the cascade,
// so a chunk's rule lost every tie with the entry's (a lazily loaded VKUI Search lost its padding to
// the entry's reset). Once the entry's sheets are in, a copy of each goes first in <head>, and the
// originals leave only when the copies apply (from the cache), so nothing is ever unstyled.

/** Moves the entry's loaded stylesheets (in <body>) to the start of <head>, keeping their order. */
export function entryStylesheetsFirst(doc: Document = document): Promise<void> {
  const originals = [...doc.body.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
  if (originals.length === 0) return Promise.resolve();
  const anchor = doc.head.firstChild;
  const copies = originals.map((original) => {
    const copy = original.cloneNode() as HTMLLinkElement;
    doc.head.insertBefore(copy, anchor);
    return new Promise<void>((done) => {
      copy.addEventListener('load', () => done());
      // A copy that fails leaves its original in place: the order is wrong, the styles are there.
      copy.addEventListener('error', () => {
        copy.remove();
        done();
      });
    }).then(() => {
      if (copy.isConnected) original.remove();
    });
  });
  return Promise.all(copies).then(() => undefined);
}
