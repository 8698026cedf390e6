// A classic (non-module) script, so it runs even where module scripts cannot: a page opened from
// file:// (a double-click on dist/index.html). Browsers block module scripts there, so the deck
// never starts; this marks the page, and the theme then shows how to open the deck instead.
if (location.protocol === 'file:') document.documentElement.setAttribute('data-opened-from', 'file');
