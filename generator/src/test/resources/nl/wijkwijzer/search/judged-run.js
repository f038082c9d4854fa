// Runs the judged queries in a page that loads the built site's assets/search.js (from file:// too):
// judged-queries.js sets JUDGED = [query, ...]; the result URLs (top 10 per query) go into <pre id="uit">.
(function () {
  var out = document.getElementById('uit');
  WWZ.loadFile('manifest.js').then(function () { return WWZ.ready(); }).then(async function () {
    var lines = [];
    for (var i = 0; i < JUDGED.length; i++) {
      var r = await WWZ.search(JUDGED[i], {}, { prefix: false });
      var pages = await WWZ.documents(r.hits.slice(0, 10));
      lines.push('|' + pages.map(function (d, k) { return r.hits[k].url || d.u; }).join(' '));
    }
    out.textContent = lines.join('\n');
    out.setAttribute('data-klaar', 'ja');
  }).catch(function (e) { out.textContent = 'fout: ' + e.message; });
})();
