// bench-judged.html?engine=ours|pagefind: runs every query of bench-judged-queries.js (JUDGED) in
// real time and posts {urls: [[url...] per query], first: {ms}, second: {ms}} to /uitkomst. The server
// counts bytes: /merk is called before the first query, after it and after the second.
(function () {
  var engine = new URLSearchParams(location.search).get('engine');
  function script(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = function () { resolve(); };
      s.onerror = function () { reject(new Error('kan ' + src + ' niet laden')); };
      document.head.appendChild(s);
    });
  }
  function mark(name) { return fetch('/merk?' + name, { method: 'POST' }); }
  async function main() {
    var run;
    await mark('start');
    var t0 = performance.now();
    if (engine === 'pagefind') {
      var pf = await import('/pagefind/pagefind.js');
      await pf.init();
      run = async function (q) {
        var r = await pf.search(q);
        var data = await Promise.all(r.results.slice(0, 10).map(function (x) { return x.data(); }));
        return data.map(function (d) { return d.url.replace(/^\//, ''); });
      };
    } else {
      await script('assets/search.js');
      await WWZ.loadFile('manifest.js');
      await WWZ.ready();
      run = async function (q) {
        var r = await WWZ.search(q, {}, {});
        var pages = await WWZ.documents(r.hits.slice(0, 10));
        return pages.map(function (d) { return d.u; });
      };
    }
    var urls = [];
    var times = [];
    for (var i = 0; i < JUDGED.length; i++) {
      var t = performance.now();
      urls.push(await run(JUDGED[i]));
      times.push(performance.now() - (i === 0 ? t0 : t));
      if (i < 2) { await mark('q' + (i + 1)); }
    }
    return { urls: urls, first: times[0], second: times[1] };
  }
  main().then(function (r) {
    var body = r.first + '\t' + r.second + '\n' + r.urls.map(function (u) { return '|' + u.join(' '); }).join('\n');
    return fetch('/uitkomst', { method: 'POST', body: body });
  }).catch(function (e) {
    fetch('/uitkomst', { method: 'POST', body: 'fout: ' + String(e) });
  });
})();
