/**
 * Site furniture: synthetic lines that must be dropped (with the reason) or kept.
 * All lines are written for these tests; none comes from a real page.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.ts';
import { isListHeader, isMenuLine, matchLineRule } from '../../src/ingest/furniture.ts';

describe('single-line furniture rules', () => {
  const dropped: [string, string][] = [
    ['<!-- Global site tag -->', 'tracking or script snippet'],
    ['!-- Google tag (gtag.js) -->', 'tracking or script snippet'],
    ["window.dataLayer = window.dataLayer || [];", 'tracking or script snippet'],
    ['We use cookies to improve your experience. By browsing you accept our cookie policy.', 'cookie banner'],
    ['Accept all cookies', 'cookie banner'],
    ['Yes, I agree', 'cookie banner'],
    ['Advertisement', 'advertisement'],
    ['ADVERTISEMENT', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Advertisement — Best Boilers Ltd: winter discounts, call today', 'advertisement'],
    ['Sign up for our evening newsletter and get the headlines in your inbox.', 'newsletter or sign-up prompt'],
    ['Enter your email address', 'newsletter or sign-up prompt'],
    ['[Subscribe]', 'newsletter or sign-up prompt'],
    ['Subscribe to our Telegram channel for breaking news', 'newsletter or sign-up prompt'],
    ['Thank you for signing up! Check your inbox.', 'newsletter or sign-up prompt'],
    ['Quality reporting costs money. Become a supporter today.', 'subscription or membership appeal'],
    ['Our newsroom is funded by readers like you.', 'subscription or membership appeal'],
    ['Gift a subscription to a friend', 'subscription or membership appeal'],
    ['Already a subscriber? Log in', 'subscription or membership appeal'],
    ['Visa Mastercard PayPal', 'payment logos'],
    ['Follow us on Facebook and X', 'social-media follow prompt'],
    ['Share   Tweet   Email', 'share buttons'],
    ['Share this article', 'share buttons'],
    ['Skip to main content', 'page control'],
    ['4 min read', 'page control'],
    ['This article was narrated by an automated voice', 'page control'],
    ['Tags: drones, air defence, Europe', 'tag list'],
    ['Published: Updated:', 'empty metadata label'],
    ['* * *', 'separator'],
    ['Views: 12 400', 'page counter'],
    ['Read more: Why the winter will be hard for the power grid', 'related-article link'],
    ['See also: Five things to know about the summit', 'related-article link'],
    ['HomeWorld News', 'navigation'],
    ['© 2024 Example Media Group. All rights reserved.', 'copyright or reuse notice'],
    ['When citing these materials, a hyperlink to the site is mandatory.', 'copyright or reuse notice'],
    ['Click here to get the app', 'page control'],
    ['Listen to this article 4 min', 'page control'],
    ['Join our WhatsApp channel for the latest updates', 'social-media follow prompt'],
    ['Get the morning headlines delivered to your inbox', 'newsletter or sign-up prompt'],
    ['If you value our reporting, please consider supporting it.', 'subscription or membership appeal'],
    ['Sign up for Example Daily', 'newsletter or sign-up prompt'],
    ['Weekly Newsletter', 'newsletter or sign-up prompt'],
    ['Read the full investigation at https://news.example.org/investigations/grid', 'call to action with a link'],
    ['Save articles to read later', 'page control'],
    ['Support the site or become our patron!', 'subscription or membership appeal'],
    ['Ad Feedback', 'advertisement'],
    ['Follow Example News on Telegram', 'social-media follow prompt'],
    ['Read more about: air defence, drones', 'tag list'],
    ['Acquire Licensing Rights, opens new tab', 'copyright or reuse notice'],
    ['Found a mistake? Select the text and press Ctrl+Enter', 'page control'],
    ['Link copied', 'page control'],
  ];
  it.each(dropped)('drops %j as %s', (line, reason) => {
    expect(matchLineRule(line)?.reason).toBe(reason);
  });

  const kept: string[] = [
    'By Jane Roe and John Doe',
    'March 3, 2024',
    'Photo: Regional Civil Defence Service',
    'Germany will donate three more air defence systems, the minister said.',
    '"We ask our partners to help us get more air defence," the president said.',
    'The alliance welcomed its two new members at the summit in the capital.',
    'Three people were injured when debris fell on a shopping centre, the governor said.',
    'The president urged allies to support us with long-range weapons, he told reporters.',
    'Advertisements for the recruitment drive were posted across the city.',
    'Source: the regional military administration',
    '— Anna Example (@anna_example) March 3, 2024',
    'Photograph: Jane Roe/Example Agency',
    '© Example Agency',
    'The copyright office in the capital was damaged by the blast wave, officials said.',
    'Video showed the drone falling into a field near the village.',
    'The minister urged citizens to follow air raid alerts on official channels.',
  ];
  it.each(kept)('keeps %j', (line) => {
    expect(matchLineRule(line)).toBeNull();
  });
});

describe('menus and list headers', () => {
  const menus: [string, boolean][] = [
    ['Home | World | Europe', true],
    ['News / Europe', true],
    ['Lviv · Lutsk · Rivne · Ternopil', true],
    ['Home  Politics  Economy  Sport  Culture', true],
    ['Sections  World  U.S.  Politics  Sports', true],
    ['LONDON/PARIS, March 3 - Officials said on Monday that the talks would resume.', false],
    ['Ukraine and Poland agree on air defence cooperation', false],
    // A tally with slashes between its figures is no menu; a menu of years still is.
    ['Shahed drones: 88 launched / 51 downed / 30 lost to jamming', false],
    ['- 12 launched / 9 destroyed', false],
    ['- Iskander-M missiles: 2 launched / none downed', false],
    ['Kalibr: 4 launched / all destroyed', false],
    ['None / All / Archive', true],
    ['Archive: 2023 | 2024 | 2025', true],
  ];
  it.each(menus)('%j is a menu: %s', (line, expected) => {
    expect(isMenuLine(line)).toBe(expected);
  });

  const headers: [string, boolean][] = [
    ['Read more', true],
    ['READ MORE:', true],
    ['Related articles', true],
    ['Most read', true],
    ['News Feed', true],
    ['More on this story', true],
    ['You may also like', true],
    ["Editors' Picks", true],
    ['Read more about the attack in our live blog.', false],
    ['Explore more on these topics', true],
    ['The most read newspaper in the region reported the strike.', false],
  ];
  it.each(headers)('%j is a list header: %s', (line, expected) => {
    expect(isListHeader(line)).toBe(expected);
  });
});

describe('ingestText on a synthetic scraped page', () => {
  const page = [
    'Skip to content',
    'Home | News | Europe',
    '',
    '# Drones hit power plant in western city, governor says',
    '',
    'By [Jane Roe](https://example.org/authors/jane) and John Doe',
    '',
    'Published: 4 March 2024, 10:15',
    '',
    'Firefighters at the site of the strike. **Photo: Regional Emergency Service**',
    '',
    'Russia launched 12 attack drones at the western city overnight, and air defence units shot down nine of them, the governor said on Monday.',
    '',
    'Advertisement',
    '',
    'The governor said a power plant was hit and two workers were injured, while \\$2 million of equipment was destroyed.',
    '',
    'Officials said repairs would take several weeks and that residents should expect scheduled outages in the meantime.',
    '',
    'Sign up for our morning newsletter: the top stories in your inbox.',
    '',
    'Most read',
    '',
    '1. Local football club wins the regional cup',
    '2. Bakery opens a second shop in the old town',
    '',
    'Original url:',
    '',
    '<https://news.example.org/2024/03/04/drones-power-plant>',
  ].join('\n');
  const doc = ingestText(page, { id: 'synthetic', format: 'txt' });

  it('keeps headline, byline, date line, photo credit and body sentences', () => {
    expect(doc.title).toBe('Drones hit power plant in western city, governor says');
    expect(doc.byline).toBe('Jane Roe and John Doe');
    expect(doc.published).toBe('2024-03-04');
    expect(doc.source).toBe('https://news.example.org/2024/03/04/drones-power-plant');
    expect(doc.text).toContain('Photo: Regional Emergency Service');
    expect(doc.text).toContain('Russia launched 12 attack drones at the western city overnight, and air defence units shot down nine of them, the governor said on Monday.');
    expect(doc.text).toContain('while $2 million of equipment');
    expect(doc.text).toContain('By Jane Roe and John Doe');
  });

  it('drops the furniture with reasons and line numbers', () => {
    const reasons = new Map(doc.dropped.map((d) => [d.text, d.reason]));
    expect(reasons.get('Skip to content')).toBe('page control');
    expect(reasons.get('Home | News | Europe')).toBe('navigation');
    expect(reasons.get('Advertisement')).toBe('advertisement');
    expect(reasons.get('Most read')).toBe('"Most read" list header');
    expect(reasons.get('2. Bakery opens a second shop in the old town')).toBe('in "Most read" list');
    expect(doc.dropped.find((d) => d.text === 'Advertisement')?.line).toBe(14);
    for (const gone of ['Skip to content', 'Advertisement', 'newsletter', 'football', 'Original url', 'https://']) {
      expect(doc.text).not.toContain(gone);
    }
  });

  it('separates paragraphs with a blank line', () => {
    expect(doc.text.split('\n\n').length).toBeGreaterThan(5);
    expect(doc.text.startsWith('Drones hit power plant')).toBe(true);
  });

  it('reads YAML-style front matter of a markdown file as metadata, not text', () => {
    const text = [
      '---',
      'title: "Drone debris falls on a school"',
      'date: 2024-02-11',
      'author: Jane Roe',
      'url: https://news.example.org/2024/02/11/debris',
      '---',
      '',
      'Debris from a downed drone fell on a school in the northern city overnight, the regional governor said on Sunday morning.',
    ].join('\n');
    const d = ingestText(text, { id: 'front', format: 'md' });
    expect(d.title).toBe('Drone debris falls on a school');
    expect(d.published).toBe('2024-02-11');
    expect(d.byline).toBe('Jane Roe');
    expect(d.source).toBe('https://news.example.org/2024/02/11/debris');
    expect(d.text.startsWith('Debris from a downed drone')).toBe(true);
  });

  it('drops a reader appeal that opens with "A message from ...:" and runs to the end of the page', () => {
    const text = [
      'Night attack damages rail depot',
      '',
      'Missiles struck a rail depot in the eastern city overnight, and two workers were injured, the regional governor said on Friday.',
      '',
      'The state railway said trains would run with delays of up to three hours while repairs were carried out.',
      '',
      'A Message from The Example Times:',
      'Dear readers, the authorities have labelled our newsroom a foreign agent, and the Prosecutor Office threatens our staff.',
      'Independent reporting has never been harder. We need your help now more than ever.',
      'Support us here:',
      'Continue',
      'Not ready to support today? Remind me later.',
    ].join('\n');
    const d = ingestText(text, { id: 'appeal', format: 'txt' });
    expect(d.text).toContain('trains would run with delays');
    expect(d.text).not.toMatch(/Prosecutor|Dear readers|Continue|Remind me/);
  });

  it('keeps a notice that opens "Dear supporters," when no plea for money or sign-ups follows', () => {
    const text = [
      'Cup tie moved after night of strikes',
      '',
      'Dear supporters,',
      '',
      'The club has asked the league to move Sunday\'s cup tie after drones struck the city overnight.',
      '',
      'What we know',
      '',
      'Two warehouses near the river port were hit, the regional governor said on Monday. Our stadium was not damaged.',
    ].join('\n');
    const d = ingestText(text, { id: 'notice', format: 'txt' });
    expect(d.text).toContain('Two warehouses near the river port were hit');
    expect(d.text).toContain('asked the league to move');
  });

  it('still drops a "Dear readers," appeal whose next lines ask for donations', () => {
    const text = [
      'Power cut after strike on substation',
      '',
      'A missile hit a substation on the edge of the city overnight, leaving 40,000 homes without power, officials said.',
      '',
      'Repair crews expected to restore supply by the evening.',
      '',
      'Dear readers,',
      'We are a small team. If everyone who reads us gave a little, we could keep going for another year.',
      'Please donate today: every contribution counts.',
    ].join('\n');
    const d = ingestText(text, { id: 'plea', format: 'txt' });
    expect(d.text).toContain('Repair crews expected');
    expect(d.text).not.toMatch(/small team|donate/);
  });

  it('drops short labels wedged inside a sign-up form', () => {
    const text = [
      'Drones downed over the border region',
      '',
      'Air defence units shot down eleven drones over the border region overnight, the defence ministry said on Monday.',
      '',
      'Enter your email to subscribe',
      'Morning Briefing with Jane Roe',
      'Subscribe',
      'The Example Weekly Digest',
      '* indicates required',
    ].join('\n');
    const d = ingestText(text, { id: 'form', format: 'txt' });
    expect(d.text).not.toMatch(/Briefing|Digest|Subscribe/);
    expect(d.dropped.find((l) => l.text === 'Morning Briefing with Jane Roe')?.reason).toBe('between furniture lines');
  });

  it('ends a link list at the top of the page where the article heading starts', () => {
    const text = [
      'Latest news',
      'Ferry service resumes after storm',
      'Port workers strike over pay',
      '',
      '# Air defence repels night attack on the capital',
      '',
      'By Jane Roe',
      '',
      'May 2, 2024',
      '',
      'Air defence units destroyed all 15 drones launched at the capital overnight, the city administration said on Thursday.',
    ].join('\n');
    const d = ingestText(text, { id: 'top-list', format: 'md' });
    expect(d.title).toBe('Air defence repels night attack on the capital');
    expect(d.byline).toBe('Jane Roe');
    expect(d.published).toBe('2024-05-02');
    expect(d.text).not.toContain('Ferry service');
  });

  it('resumes the article after a mid-page link list when prose follows', () => {
    const text = [
      'Missiles strike port city overnight',
      '',
      'The air force said it shot down most of the missiles fired at the port city before dawn on Tuesday.',
      '',
      'Related:',
      'Port workers strike over pay',
      'Ferry service resumes after storm',
      '',
      'The regional governor said three grain warehouses were damaged and one worker was injured in the attack.',
      '',
      'Rescue crews worked through the morning to put out the fires at the warehouses, the emergency service said.',
    ].join('\n');
    const d = ingestText(text, { id: 'mid-list', format: 'txt' });
    expect(d.text).toContain('three grain warehouses');
    expect(d.text).toContain('Rescue crews worked');
    expect(d.text).not.toContain('Ferry service');
  });
});
