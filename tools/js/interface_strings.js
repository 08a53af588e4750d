// Every interface string a reader or a screen reader meets: text outside the article, the
// chrome the extensions put inside it (heading links, copy and toggle buttons, exercise and
// figure labels, chart controls and toolbars), and the attributes aria-label, title,
// placeholder, alt, aria-description and aria-roledescription anywhere outside the article's
// prose. Left out: text inside an element whose lang differs from the page's (it is marked as
// that language, as WCAG 3.1.2 asks); what screen readers skip (aria-hidden subtrees, the
// inside of role="img", script and style, the head); code; and the book's own titles and
// text where the theme lists them (chapter list, page contents, previous/next, search results),
// which are the pages' content.
() => {
  const page = document.documentElement.lang;
  const article = document.querySelector('article.bd-article');
  const chrome = '.headerlink, .copybtn, .toggle-button, .admonition-title, .caption-number,'
    + ' button, [role=button], summary, .aifin-chart-toolbar, .aifin-chart-controls,'
    + ' .aifin-chart-status';
  const titles = 'nav.bd-docs-nav a, .bd-toc a, .page-toc a, .prev-next-title, #jb-print-docs-body,'
    + ' .prev-next-area .section-number, .aifin-chart-panel, code, pre, kbd, samp,'
    + ' #search-results .context, #search-results li a';
  const skipped = el => el.closest('script, style, noscript, template, [aria-hidden=true]')
    || (el.parentElement && el.parentElement.closest('[role=img]'));
  const otherLang = el => { const l = el.closest('[lang]'); return l && l.lang && l.lang !== page; };
  const inProse = el => article && article.contains(el) && !el.closest(chrome);
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode.textContent.replace(/\s+/g, ' ').trim();
    const el = walker.currentNode.parentElement;
    if (!text || !el || skipped(el) || otherLang(el) || inProse(el) || el.closest(titles)) continue;
    const cls = typeof el.className === 'string' && el.className.trim()
      ? '.' + el.className.trim().split(/\s+/)[0] : '';
    out.push({kind: 'text', where: el.tagName.toLowerCase() + cls, text});
  }
  const attrs = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description',
                 'aria-roledescription', 'data-bs-title'];
  for (const el of document.querySelectorAll(attrs.map(a => `[${a}]`).join(','))) {
    if (skipped(el) || otherLang(el) || el.closest('head')) continue;
    if (inProse(el) && !el.closest('.aifin-chart')) continue;
    if (el.closest('.aifin-chart-panel')) continue;
    for (const a of attrs) {
      const v = (el.getAttribute(a) || '').trim();
      if (v) out.push({kind: a, where: el.tagName.toLowerCase(), text: v});
    }
  }
  return out;
}
