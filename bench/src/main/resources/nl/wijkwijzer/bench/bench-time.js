// Real-time query timing in headless Chromium on bench-time.html?engine=ours|pagefind&q=...&runs=N.
// Init (loading the engine), the first (cold) query and N warm repeats are timed with performance.now();
// each query also loads the data of its top 10 results, like a results page. The JSON result goes into
// <pre id="uitkomst"> and is posted to /uitkomst on the bench server.
(function () {
  var params = new URLSearchParams(location.search);
  var q = params.get('q');
  var runs = Number(params.get('runs') || '50');
  var out = document.getElementById('uitkomst');
  performance.setResourceTimingBufferSize(10000);
  function script(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = function () { resolve(); };
      s.onerror = function () { reject(new Error('kan ' + src + ' niet laden')); };
      document.head.appendChild(s);
    });
  }
  async function ours() {
    var t0 = performance.now();
    await script('assets/search.js');
    await WWZ.loadFile('manifest.js');
    await WWZ.ready();
    var init = performance.now() - t0;
    var once = async function () {
      var r = await WWZ.search(q, {}, {});
      await WWZ.documents(r.hits.slice(0, 10));
      return r.total;
    };
    return measure(init, once);
  }
  async function pagefind() {
    var t0 = performance.now();
    var pf = await import('/pagefind/pagefind.js');
    await pf.init();
    var init = performance.now() - t0;
    var once = async function () {
      var r = await pf.search(q);
      await Promise.all(r.results.slice(0, 10).map(function (x) { return x.data(); }));
      return r.results.length;
    };
    return measure(init, once);
  }
  async function measure(init, once) {
    var t = performance.now();
    var hits = await once();
    var cold = performance.now() - t;
    // Everything the page fetched up to and including the first query (page, engine, index, top-10 data).
    // (window resource timing only; Pagefind fetches from a worker, so the server counts bytes too, up to /merk).
    var bytes = performance.getEntriesByType('resource').reduce(function (s, e) { return s + (e.encodedBodySize || 0); }, 0);
    await fetch('/merk', { method: 'POST' });
    var warm = [];
    for (var i = 0; i < runs; i++) {
      t = performance.now();
      await once();
      warm.push(performance.now() - t);
    }
    return { init: init, cold: cold, warm: warm, hits: hits, bytes: bytes };
  }
  function report(v) {
    var json = JSON.stringify(v);
    out.textContent = json;
    return fetch('/uitkomst', { method: 'POST', body: json });
  }
  window.addEventListener('load', function () {
    (params.get('engine') === 'pagefind' ? pagefind() : ours()).then(report, function (e) { report({ fout: String(e) }); });
  });
})();
