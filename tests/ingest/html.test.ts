/** HTML through readability over linkedom: a synthetic page with a script, a cookie banner, navigation and meta tags. */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.ts';

const page = `<!doctype html>
<html lang="en"><head>
<title>Drones target river port - The Example Gazette</title>
<link rel="canonical" href="https://gazette.example.org/world/drones-target-river-port">
<meta property="og:url" content="https://gazette.example.org/og-url-should-lose">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-06-02T21:40:00+03:00">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
</head><body>
<div class="cookie-banner"><p>We use cookies to give you a better experience. Accept all cookies to continue.</p><button>Accept</button></div>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/europe">Europe</a></nav>
<main><article>
<h1>Drones target river port overnight</h1>
<p class="byline">By Jane Roe</p>
<p>Russia launched 25 attack drones at the river port overnight, and air defence units destroyed 19 of them, the regional governor said on Sunday morning.</p>
<script>console.log("tracking");</script>
<p>The governor said two grain silos were damaged and a night watchman was injured by falling debris near the harbour gates.</p>
<p>Advertisement</p>
<figure><img src="x.jpg" alt=""><figcaption>Firefighters at the port. Photo: Regional Emergency Service</figcaption></figure>
<p>The port authority said ships would resume loading within days, and that the damaged silos would be repaired before the harvest season.</p>
<ul><li>Silo one: roof destroyed;</li><li>Silo two: walls cracked.</li></ul>
<p>Officials said it was the fourth attack on the port this month, and urged partners to send more air defence systems to the region.</p>
</article></main>
<footer><p>Sign up for our newsletter and get the news in your inbox.</p></footer>
</body></html>`;

describe('ingestText with HTML', () => {
  const doc = ingestText(page, { id: 'port', format: 'html' });

  it('takes metadata from the head', () => {
    expect(doc.title).toBe('Drones target river port overnight');
    expect(doc.byline).toBe('Jane Roe');
    expect(doc.published).toBe('2024-06-02');
    expect(doc.source).toBe('https://gazette.example.org/world/drones-target-river-port');
  });

  it('keeps the article paragraphs, separated by blank lines, and the photo credit', () => {
    expect(doc.text).toContain('Russia launched 25 attack drones at the river port overnight, and air defence units destroyed 19 of them, the regional governor said on Sunday morning.\n\nThe governor said');
    expect(doc.text).toContain('Photo: Regional Emergency Service');
    expect(doc.text).toContain('Silo one: roof destroyed;\nSilo two: walls cracked.');
  });

  it('drops scripts, the cookie banner, advertisements and navigation', () => {
    for (const gone of ['dataLayer', 'console.log', 'cookies', 'Advertisement', 'Home', 'newsletter']) {
      expect(doc.text).not.toContain(gone);
    }
  });

  it('treats a .txt file that is really a saved HTML page as HTML', () => {
    const d = ingestText(page, { id: 'saved', format: 'txt' });
    expect(d.title).toBe('Drones target river port overnight');
    expect(d.text).not.toContain('<p>');
  });

  it('works without readability finding an article (a bare fragment)', () => {
    const d = ingestText('<p>Officials said the drones were shot down over the river before they reached the city, and nobody was hurt in the attack.</p>', {
      id: 'fragment',
      format: 'html',
    });
    expect(d.text).toContain('Officials said the drones were shot down');
    expect(d.published).toBeNull();
  });
});
