// Facts of a page's head and headings that the site tests check.
() => ({
  lang: document.documentElement.lang,
  title: document.title,
  article: (document.querySelector('article.bd-article')?.textContent ?? '')
    .replace(/\s+/g, ' ').slice(0, 20000),
  alternates: [...document.querySelectorAll('link[rel=alternate][hreflang]')]
    .map(e => [e.hreflang, e.getAttribute('href')]),
  canonical: document.querySelector('link[rel=canonical]')?.getAttribute('href') ?? null,
  description: document.querySelector('meta[name=description]')?.content ?? null,
  icon: document.querySelector('link[rel~=icon]')?.getAttribute('href') ?? null,
  headings: [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')]
    .filter(e => !e.closest('.onlyprint')).map(e => Number(e.tagName[1])),
  chartLabels: [...document.querySelectorAll('.aifin-chart')].map(e => e.getAttribute('aria-label') || ''),
  ids: (() => { const seen = {}; for (const e of document.querySelectorAll('[id]')) seen[e.id] = (seen[e.id] || 0) + 1;
         return Object.entries(seen).filter(([k, n]) => n > 1).map(([k]) => k); })(),
})
