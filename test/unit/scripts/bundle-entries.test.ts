// The bundle bench's "initial" files: index.html's tags and what its boot script loads for every launch.
import { describe, expect, it } from 'vitest';
import { entriesFromHtml } from '../../../scripts/bench/bundle-size';

const HTML = `<!doctype html><html><head>
<script>
  (function (d, l) {
    var files = {"entry":"assets/app-A1.js","css":["./assets/app-B2.css"],"demo":["assets/fake-bridge-C3.js"],"scorecard":["assets/ScorecardPanel-D4.js","assets/ScorecardPanel-E5.css"]};
  })(document, location);
</script>
<script type="module" crossorigin src="./assets/rolldown-runtime-F6.js"></script>
<script type="module" crossorigin src="./assets/shared-G7.js"></script>
<link rel="icon" href="./favicon.svg">
</head><body></body></html>`;

describe('the files a first visit loads up front', () => {
  it("are the page's scripts and the boot script's entry and stylesheets, not a screen's chunks", () => {
    expect(entriesFromHtml(HTML).sort()).toEqual(
      [
        'assets/app-A1.js',
        'assets/app-B2.css',
        'assets/rolldown-runtime-F6.js',
        'assets/shared-G7.js',
      ].sort(),
    );
  });

  it('are only the tags when the page has no boot lists (the development page)', () => {
    const dev = HTML.replace(/var files = \{[^;]*\};/, 'var files = /*start-path*/ {};');
    expect(entriesFromHtml(dev).sort()).toEqual(['assets/rolldown-runtime-F6.js', 'assets/shared-G7.js']);
  });
});
