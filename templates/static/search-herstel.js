/*
 * Wijkwijzer search: mending the words of a query that match nothing (as QueryRepair.java), loaded by
 * search.js only when a query word matches nothing. WWZ.herstel(api) returns mend(source, word, last,
 * clause, exact, corrections); api holds the functions and the manifest it shares with search.js.
 */
(function (root) {
  'use strict';
  var WWZ = root.WWZ;
  var words = {};          // first letter -> the site's words, most frequent first (for corrections)
  WWZ.words = function (letter, list) { words[letter] = list.split(' '); };

  WWZ.herstel = function (api) {
    var M = api.M;
    var load = api.load;
    var loadShards = api.loadShards;
    var shardKeyOf = api.shardKeyOf;
    var shardKeysForPrefix = api.shardKeysForPrefix;
    var expand = api.expand;
    var termsOf = api.termsOf;
    var anyDf = api.anyDf;
    var decompose = api.decompose;

    /** Loads the shards of the query terms of these words. */
    function loadTermsOf(list) {
      var keys = [];
      list.forEach(function (w) {
        termsOf(w).forEach(function (t) { var k = shardKeyOf(t); if (k !== null && keys.indexOf(k) < 0) { keys.push(k); } });
      });
      return loadShards(keys, false);
    }

    function letters(word) {
      var out = [word.charAt(0)];
      if (word.length > 1 && word.charAt(1) !== out[0]) { out.push(word.charAt(1)); }
      return out;
    }

    function loadWords(word) {
      return Promise.all(letters(word).filter(function (l) { return M.words[l] === true; })
        .map(function (l) { return load('words-' + l + '.js'); }));
    }

    /** Optimal string alignment distance, capped (Vocabulary.distance). */
    function distance(a, b, cap) {
      var n = a.length;
      var m = b.length;
      var d = [];
      for (var i = 0; i <= n; i++) { d.push([i]); }
      for (var j = 1; j <= m; j++) { d[0].push(j); }
      for (i = 1; i <= n; i++) {
        var rowMin = Infinity;
        for (j = 1; j <= m; j++) {
          var cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
          var v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
          if (i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) && a.charAt(i - 2) === b.charAt(j - 1)) {
            v = Math.min(v, d[i - 2][j - 2] + 1);
          }
          d[i][j] = v;
          rowMin = Math.min(rowMin, v);
        }
        if (rowMin >= cap) { return cap; }
      }
      return Math.min(d[n][m], cap);
    }

    /** Vocabulary.closest: the first most frequent word with the smallest distance, or null. */
    function closest(word, max) {
      var best = null;
      var bestD = max + 1;
      letters(word).forEach(function (l) {
        (words[l] || []).forEach(function (w) {
          if (Math.abs(w.length - word.length) >= bestD || w === word) { return; }
          var d = distance(word, w, bestD);
          if (d < bestD) { bestD = d; best = w; }
        });
      });
      return best;
    }

    function mend(source, word, last, clause, exact, corrections) {
      var tryPrefix = last && word.length >= M.prefixMin;
      return (tryPrefix ? loadShards(shardKeysForPrefix(word), false) : Promise.resolve()).then(function () {
        if (tryPrefix) {
          var more = expand(word);
          if (more.length > 0) {
            var c = clause.slice();
            more.forEach(function (t) { if (c.indexOf(t) < 0) { c.push(t); } });
            return [c];
          }
        }
        return loadWords(word).then(function () {
          var near = exact ? null : closest(word, 1);
          if (near !== null) {
            corrections.push({ from: source, to: near });
            return loadTermsOf([near]).then(function () { return [termsOf(near)]; });
          }
          var parts = [];
          return (exact ? Promise.resolve() : load('parts.js')).then(function () {
            parts = exact ? [] : decompose(word, api.parts());
            return loadTermsOf(parts);
          }).then(function () {
            var out = [];
            parts.forEach(function (p) { var c = termsOf(p); if (anyDf(c)) { out.push(c); } });
            if (out.length > 0) { return out; }
            near = exact || word.length <= 4 ? null : closest(word, 2);
            if (near === null) { return [clause]; }
            corrections.push({ from: source, to: near });
            return loadTermsOf([near]).then(function () { return [termsOf(near)]; });
          });
        });
      });
    }

    return mend;
  };
})(typeof globalThis !== 'undefined' ? globalThis : this);
