// Runs in headless Chromium on bench.html?engine=ours|pagefind&q=...&runs=N and writes
// "bytes<TAB>median ms<TAB>hits" into #out. Bytes are what the page fetched for the first query.
(function () {
  var params = new URLSearchParams(location.search);
  var q = params.get('q');
  var runs = Number(params.get('runs') || '50');
  var out = document.getElementById('out');
  function bytes() {
    return performance.getEntriesByType('resource').reduce(function (s, e) { return s + (e.encodedBodySize || 0); }, 0);
  }
  function median(a) { a.sort(function (x, y) { return x - y; }); return a[Math.floor(a.length / 2)]; }
  async function ours() {
    var r = await WWZ.search(q, {}, {});
    await WWZ.documents(r.hits.slice(0, 10));
    var b = bytes();
    var times = [];
    for (var i = 0; i < runs; i++) {
      var t = performance.now();
      var x = await WWZ.search(q, {}, {});
      await WWZ.documents(x.hits.slice(0, 10));
      times.push(performance.now() - t);
    }
    return [b, median(times), r.total];
  }
  async function pagefind() {
    var pf = await import('/pagefind/pagefind.js');
    await pf.init();
    var r = await pf.search(q);
    await Promise.all(r.results.slice(0, 10).map(function (x) { return x.data(); }));
    var b = bytes();
    var times = [];
    for (var i = 0; i < runs; i++) {
      var t = performance.now();
      var x = await pf.search(q + (i % 2 ? ' ' : ''));
      await Promise.all(x.results.slice(0, 10).map(function (y) { return y.data(); }));
      times.push(performance.now() - t);
    }
    return [b, median(times), r.results.length];
  }
  (params.get('engine') === 'pagefind' ? pagefind() : ours()).then(function (v) {
    out.textContent = v[0] + '\t' + v[1].toFixed(3) + '\t' + v[2];
  }).catch(function (e) { out.textContent = 'fout: ' + e; });
})();
