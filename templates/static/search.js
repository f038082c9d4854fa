/*
 * Wijkwijzer search in the browser. No framework, no inline script, no fetch(): the index files
 * in assets/search/ are scripts that call WWZ.*, so search also works when the site is opened from disk.
 *
 * The analysis below mirrors the Java chain in nl.wijkwijzer.search.DutchAnalysis step by step
 * (tokenizer, lower case, Lucene ASCII folding, Dutch stop words, compound splitting on the index
 * side, the Snowball Dutch stemmer as shipped in Lucene 10.6, synonym groups). The parity test runs
 * this very file under node against Lucene. Scores are Lucene's BM25 per posting (x256, integers),
 * so adding them gives Lucene's ranking exactly; ties go to the lower document number.
 */
(function (root) {
  'use strict';
  var WWZ = root.WWZ || {};
  root.WWZ = WWZ;

  var M = null;            // the manifest, prepared
  var shards = {};         // key -> {term: [docDelta, score, ...]}
  var positions = {};      // key -> {term: [[posDelta...], ...]}
  var docs = {};           // doc number -> {t, u, y, b}
  var facets = null;       // per doc the encoded facet masks
  var loading = {};        // file -> Promise
  var waiters = [];

  // ------------------------------------------------------------------ registration (data files)

  /** SearchExport.fileKey: a shard key as a file name (a-z and 0-9 kept, any other char as _ and 4 hex digits). */
  function fileKey(key) {
    return key.replace(/[^a-z0-9]/g, function (c) { return '_' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); });
  }

  WWZ.manifest = function (m) {
    var stop = {};
    m.stop.forEach(function (w) { stop[w] = true; });
    var groups = [];
    Object.keys(m.syn).forEach(function (token) {
      groups.push({ token: token, alternatives: m.syn[token] });
    });
    var shardSet = {};
    m.shards.forEach(function (k) { shardSet[k] = fileKey(k); });
    M = { raw: m, stop: stop, groups: groups, shards: shardSet,
          minWord: m.compound[0], minSub: m.compound[1], maxSub: m.compound[2],
          prefixMin: m.prefix[0], prefixMax: m.prefix[1], bonus: m.bonus || 0,
          words: {}, stemOverride: m.stem || {} };
    (m.words || []).forEach(function (l) { M.words[l] = true; });
    var w = waiters;
    waiters = [];
    w.forEach(function (f) { f(); });
  };
  /** parts.js: the word parts this site can match (Vocabulary.parts); they split the site's words as the index did. */
  WWZ.parts = function (list) {
    siteParts = {};
    list.split(' ').forEach(function (w) { if (w !== '') { siteParts[w] = true; } });
  };
  WWZ.shard = function (key, data) { shards[key] = data; };
  WWZ.pos = function (key, data) { positions[key] = data; };
  WWZ.facets = function (list) { facets = list; };
  WWZ.doc = function (n, d) { docs[n] = d; };

  // ------------------------------------------------------------------ loading

  WWZ.base = '';
  /** Loads one file of assets/search/ once; the browser adds a script element, node overrides this. */
  WWZ.loadFile = function (file) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = WWZ.base + file;
      s.onload = function () { resolve(); };
      s.onerror = function () { reject(new Error('kan ' + file + ' niet laden')); };
      document.head.appendChild(s);
    });
  };
  function load(file) {
    if (!loading[file]) {
      loading[file] = WWZ.loadFile(file);
    }
    return loading[file];
  }
  WWZ.ready = function () {
    if (M) { return Promise.resolve(); }
    return new Promise(function (resolve) { waiters.push(resolve); });
  };

  // ------------------------------------------------------------------ analysis

  var TOKEN_CHAR = /^[\p{L}\p{Nd}]$/u;
  var MAX_TOKEN = 255;

  /** CharTokenizer with Character.isLetterOrDigit: [{text, start, end}] with UTF-16 offsets. */
  function tokenize(text) {
    var out = [];
    var cur = '';
    var start = 0;
    var i = 0;
    while (i < text.length) {
      var cp = text.codePointAt(i);
      var ch = String.fromCodePoint(cp);
      if (TOKEN_CHAR.test(ch)) {
        if (cur === '') { start = i; }
        cur += ch;
        i += ch.length;
        if (cur.length >= MAX_TOKEN) {
          out.push({ text: cur, start: start, end: i });
          cur = '';
        }
      } else {
        if (cur !== '') {
          out.push({ text: cur, start: start, end: i });
          cur = '';
        }
        i += ch.length;
      }
    }
    if (cur !== '') { out.push({ text: cur, start: start, end: i }); }
    return out;
  }

  /** Character.toLowerCase per code point. */
  function lower(s) {
    var out = '';
    for (var ch of s) {
      var l = ch.toLowerCase();
      if (Array.from(l).length !== 1) { l = ch === '\u0130' ? 'i' : ch; }
      out += l;
    }
    return out;
  }

  var siteParts = null;    // parts.js, see WWZ.parts
  var foldTable = null;    // fold.js: where Lucene's ASCIIFoldingFilter differs from "decompose, drop marks"
  WWZ.fold = function (table) { foldTable = table; };
  /**
   * Whether a text has a letter or digit the fold table may hold: beyond ASCII and the accented letters of
   * Latin-1, or one of ß æ ð ø þ (the table's only Latin-1 entries). Most Dutch text has none, so a first
   * query loads fold.js only when it needs it.
   */
  var NEEDS_FOLD = /(?=[\p{L}\p{Nd}])[^\x00-\x7f\u00c0-\u00c5\u00c7-\u00cf\u00d1-\u00d6\u00d9-\u00dd\u00e0-\u00e5\u00e7-\u00ef\u00f1-\u00f6\u00f9-\u00fd\u00ff]/u;
  function foldFor(texts) {
    return texts.some(function (t) { return NEEDS_FOLD.test(t); }) ? load('fold.js') : Promise.resolve();
  }

  /** Lucene's ASCIIFoldingFilter: fold.js lists where it differs from "decompose, drop marks". */
  function fold(s) {
    var out = '';
    for (var i = 0; i < s.length; i++) {
      var c = s.charAt(i);
      var code = s.charCodeAt(i);
      if (code < 0x80 || (code >= 0xD800 && code <= 0xDFFF)) {
        out += c;
      } else if (foldTable === null && NEEDS_FOLD.test(c)) {
        throw new Error('fold.js is nodig voor ' + c + ' maar niet geladen');
      } else if (foldTable !== null && Object.prototype.hasOwnProperty.call(foldTable, c)) {
        out += foldTable[c];
      } else {
        var d = c.normalize('NFD').replace(/\p{M}/gu, '');
        out += d !== '' && /^[\x00-\x7f]*$/.test(d) ? d : c;
      }
    }
    return out;
  }

  function foldWord(s) { return fold(lower(s)); }

  // --- Snowball Dutch stemmer (the original Porter-style dutch.sbl, as in Lucene 10.6) ---

  function isV(c) { return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y' || c === '\u00e8'; }
  function isVj(c) { return isV(c) || c === 'j'; }
  function isVI(c) { return isV(c) || c === 'I'; }

  function stem(word) {
    var w = word.replace(/[\u00e1\u00e4]/g, 'a').replace(/[\u00e9\u00eb]/g, 'e').replace(/[\u00ed\u00ef]/g, 'i')
      .replace(/[\u00f3\u00f6]/g, 'o').replace(/[\u00fa\u00fc]/g, 'u');
    var a = w.split('');
    if (a[0] === 'y') { a[0] = 'Y'; }
    for (var k = 0; k + 1 < a.length; k++) {
      if (isV(a[k])) {
        if (a[k + 1] === 'i' && k + 2 < a.length && isV(a[k + 2])) { a[k + 1] = 'I'; } else if (a[k + 1] === 'y') { a[k + 1] = 'Y'; }
      }
    }
    w = a.join('');
    var n = w.length;
    var p1 = n;
    var p2 = n;
    (function () {
      var c = 0;
      while (c < n && !isV(w[c])) { c++; }
      if (c >= n) { return; }
      c++;
      while (c < n && isV(w[c])) { c++; }
      if (c >= n) { return; }
      c++;
      p1 = c < 3 ? 3 : c;
      while (c < n && !isV(w[c])) { c++; }
      if (c >= n) { return; }
      c++;
      while (c < n && isV(w[c])) { c++; }
      if (c >= n) { return; }
      c++;
      p2 = c;
    })();
    function ends(s) { return w.length >= s.length && w.slice(w.length - s.length) === s; }
    function nonVBefore(i, test) { return i > 0 && !(test || isV)(w[i - 1]); }
    function undouble() {
      if (ends('kk') || ends('dd') || ends('tt')) { w = w.slice(0, w.length - 1); return true; }
      return false;
    }
    var eFound = false;
    function eEnding() {
      eFound = false;
      if (!ends('e')) { return false; }
      var b = w.length - 1;
      if (!(p1 <= b) || !nonVBefore(b)) { return false; }
      w = w.slice(0, b);
      eFound = true;
      return undouble();
    }
    function enEnding(b) {
      if (!(p1 <= b) || !nonVBefore(b)) { return false; }
      if (b >= 3 && w.slice(b - 3, b) === 'gem') { return false; }
      w = w.slice(0, b);
      return undouble();
    }
    // step 1
    if (ends('heden')) {
      if (p1 <= w.length - 5) { w = w.slice(0, w.length - 5) + 'heid'; }
    } else if (ends('ene')) {
      enEnding(w.length - 3);
    } else if (ends('se')) {
      if (p1 <= w.length - 2 && nonVBefore(w.length - 2, isVj)) { w = w.slice(0, w.length - 2); }
    } else if (ends('en')) {
      enEnding(w.length - 2);
    } else if (ends('s')) {
      if (p1 <= w.length - 1 && nonVBefore(w.length - 1, isVj)) { w = w.slice(0, w.length - 1); }
    }
    // step 2
    eEnding();
    // step 3a
    if (ends('heid')) {
      var hb = w.length - 4;
      if (p2 <= hb && !(hb > 0 && w[hb - 1] === 'c')) {
        w = w.slice(0, hb);
        if (ends('en')) { enEnding(w.length - 2); }
      }
    }
    // step 3b
    var b;
    if (ends('end') || ends('ing')) {
      b = w.length - 3;
      if (p2 <= b) {
        w = w.slice(0, b);
        var ib = w.length - 2;
        if (ends('ig') && p2 <= ib && !(ib > 0 && w[ib - 1] === 'e')) {
          w = w.slice(0, ib);
        } else {
          undouble();
        }
      }
    } else if (ends('ig')) {
      b = w.length - 2;
      if (p2 <= b && !(b > 0 && w[b - 1] === 'e')) { w = w.slice(0, b); }
    } else if (ends('lijk')) {
      b = w.length - 4;
      if (p2 <= b) { w = w.slice(0, b); eEnding(); }
    } else if (ends('baar')) {
      b = w.length - 4;
      if (p2 <= b) { w = w.slice(0, b); }
    } else if (ends('bar')) {
      b = w.length - 3;
      if (p2 <= b && eFound) { w = w.slice(0, b); }
    }
    // step 4: undouble vowel
    var L = w.length;
    if (L >= 4 && !isVI(w[L - 1])) {
      var pair = w.slice(L - 3, L - 1);
      if ((pair === 'aa' || pair === 'ee' || pair === 'oo' || pair === 'uu') && !isV(w[L - 4])) {
        w = w.slice(0, L - 2) + w[L - 1];
      }
    }
    return w.replace(/Y/g, 'y').replace(/I/g, 'i');
  }

  /** StemmerOverrideFilter before the stemmer: the reviewed exceptions of the manifest, else Snowball. */
  function stemOf(f) {
    return Object.prototype.hasOwnProperty.call(M.stemOverride, f) ? M.stemOverride[f] : stem(f);
  }

  /**
   * DictionaryCompoundWordTokenFilter (longest match, no overlapping parts), minus the whole word, with
   * the word parts of parts.js (both sides).
   */
  function decompose(term, dict) {
    var parts = [];
    var len = term.length;
    if (len < M.minWord) { return parts; }
    for (var i = 0; i <= len - M.minSub; i++) {
      var longest = null;
      for (var j = M.minSub; j <= M.maxSub && i + j <= len; j++) {
        var sub = term.substr(i, j);
        if (dict[sub] === true && (longest === null || longest.length < j)) { longest = sub; }
      }
      if (longest !== null) {
        parts.push(longest);
        i += longest.length - 1;
      }
    }
    return parts.filter(function (p) { return p.length !== len; });
  }

  function sameAt(terms, i, alt) {
    if (i + alt.length > terms.length) { return false; }
    for (var k = 0; k < alt.length; k++) {
      if (terms[i + k] !== alt[k]) { return false; }
    }
    return true;
  }

  /**
   * The chain. mode 'index' or 'query'. Returns [{term, inc, start, end}] like Lucene's token stream
   * (inc = position increment). The index side splits compounds with parts.js (or with dict, when given).
   */
  function analyze(text, mode, dict) {
    var index = mode === 'index';
    var raw = tokenize(text);
    var tokens = [];
    var skipped = 0;
    raw.forEach(function (t) {
      var f = foldWord(t.text);
      if (M.stop[f] === true) { skipped++; return; }
      var inc = 1 + skipped;
      skipped = 0;
      var main = stemOf(f);
      tokens.push({ term: main, inc: inc, start: t.start, end: t.end, main: true });
      if (index) {
        // RemoveDuplicatesTokenFilter: a part whose stem is already at this position is dropped.
        var here = [main];
        var partDict = dict || siteParts;
        if (partDict === null) { throw new Error('parts.js is not loaded'); }
        decompose(f, partDict).forEach(function (p) {
          var s = stemOf(p);
          if (here.indexOf(s) < 0) {
            here.push(s);
            tokens.push({ term: s, inc: 0, start: t.start, end: t.end, main: false });
          }
        });
      }
    });
    var main = [];
    tokens.forEach(function (t) { if (t.main) { main.push(t); } });
    var terms = main.map(function (t) { return t.term; });
    var out = [];
    if (index) {
      var m = -1;
      var parts = [];
      tokens.forEach(function (t) {
        if (t.main) {
          if (m >= 0) { addGroups(m, parts); }
          m++;
          parts = [];
        } else {
          parts.push(t.term);
        }
        out.push({ term: t.term, inc: t.inc, start: t.start, end: t.end });
      });
      if (m >= 0) { addGroups(m, parts); }
      return out;
    }
    function addGroups(mi, partTerms) {
      var seen = {};
      function add(list, at) {
        M.groups.forEach(function (g) {
          g.alternatives.forEach(function (alt) {
            if (!seen[g.token] && sameAt(list, at, alt)) {
              seen[g.token] = true;
              out.push({ term: g.token, inc: 0, start: main[mi].start, end: main[mi].end });
            }
          });
        });
      }
      add(terms, mi);
      // A compound part that is a one-word alternative brings its group too.
      partTerms.forEach(function (p) { add([p], 0); });
    }
    var i = 0;
    var carry = 0;
    while (i < main.length) {
      var best = 0;
      var groupTokens = [];
      M.groups.forEach(function (g) {
        g.alternatives.forEach(function (alt) {
          if (sameAt(terms, i, alt)) {
            if (alt.length > best) { best = alt.length; groupTokens = []; }
            if (alt.length === best && groupTokens.indexOf(g.token) < 0) { groupTokens.push(g.token); }
          }
        });
      });
      var first = main[i];
      if (best === 0) {
        out.push({ term: first.term, inc: first.inc + carry, start: first.start, end: first.end });
        carry = 0;
        i++;
        continue;
      }
      // A one-word match keeps its own stem beside the group token(s).
      var own = best === 1;
      if (own) { out.push({ term: first.term, inc: first.inc + carry, start: first.start, end: first.end }); }
      groupTokens.forEach(function (tok, k) {
        out.push({ term: tok, inc: k === 0 && !own ? first.inc + carry : 0, start: first.start, end: first.end });
      });
      carry = 0;
      for (var k = i + 1; k < i + best; k++) { carry += main[k].inc; }
      i += best;
    }
    return out;
  }

  // ------------------------------------------------------------------ query parsing (as SearchQuery.java)

  function positionsOf(tokens) {
    var out = [];
    var pos = 0;
    tokens.forEach(function (t) {
      if (out.length === 0) {
        out.push({ position: 0, terms: [] });
      } else if (t.inc > 0) {
        pos += t.inc;
        out.push({ position: pos, terms: [] });
      }
      var terms = out[out.length - 1].terms;
      if (terms.indexOf(t.term) < 0) { terms.push(t.term); }
    });
    return out;
  }

  /** {clauses: [[term...]], phrases: [[{position, terms}]], prefix: word or null, words: [raw]} */
  function parse(q, prefix) {
    var parts = q.split('"');
    var free = '';
    var phraseTexts = [];
    parts.forEach(function (p, i) {
      if (i % 2 === 1 && i !== parts.length - 1) { phraseTexts.push(p); } else { free += (free === '' ? '' : ' ') + p; }
    });
    var clauses = [];
    var phrases = [];
    var words = free;
    var last = null;
    var prefixWord = null;
    var typedOn = prefix && q.length > 0 && (parts.length - 1) % 2 === 0 && /[\p{L}\p{Nd}]$/u.test(q);
    if (typedOn) {
      var raw = tokenize(words);
      if (raw.length > 0) {
        var w = raw[raw.length - 1];
        var f = foldWord(w.text);
        if (f.length >= M.prefixMin) {
          last = [];
          analyze(words.substring(w.start), 'query').forEach(function (t) { if (last.indexOf(t.term) < 0) { last.push(t.term); } });
          prefixWord = f;
          words = words.substring(0, w.start);
        }
      }
    }
    var sources = [];
    var free = analyze(words, 'query');
    positionsOf(free).forEach(function (p) { clauses.push(p.terms); });
    free.forEach(function (t, k) { if (k === 0 || t.inc > 0) { sources.push(words.substring(t.start, t.end)); } });
    var lastIndex = -1;
    if (last !== null) {
      lastIndex = clauses.length;
      clauses.push(last);
      sources.push(null);
    }
    phraseTexts.forEach(function (text) {
      var ph = positionsOf(analyze(text, 'query'));
      ph.forEach(function (p) { clauses.push(p.terms); sources.push(null); });
      if (ph.length > 1) { phrases.push(ph); }
    });
    return { clauses: clauses, phrases: phrases, prefixWord: prefixWord, prefixClause: lastIndex, sources: sources };
  }

  // ------------------------------------------------------------------ index access

  function shardKeyOf(term) {
    for (var l = Math.min(term.length, 6); l >= 1; l--) {
      var k = term.slice(0, l);
      if (Object.prototype.hasOwnProperty.call(M.shards, k)) { return k; }
    }
    return null;
  }

  /** Keys of every shard that may hold a term starting with p. */
  function shardKeysForPrefix(p) {
    var keys = [];
    var own = shardKeyOf(p);
    if (own !== null) { keys.push(own); }
    Object.keys(M.shards).forEach(function (k) {
      if (k.length > p.length && k.slice(0, p.length) === p && keys.indexOf(k) < 0) { keys.push(k); }
    });
    return keys;
  }

  function loadShards(keys, withPositions) {
    var files = [];
    keys.forEach(function (k) {
      files.push('shard-' + M.shards[k] + '.js');
      if (withPositions) { files.push('pos-' + M.shards[k] + '.js'); }
    });
    return Promise.all(files.map(load));
  }

  function postings(term) {
    var k = shardKeyOf(term);
    if (k === null || !shards[k] || !Object.prototype.hasOwnProperty.call(shards[k], term)) { return null; }
    return shards[k][term];
  }

  /** Map doc -> score for one term. */
  function termScores(term) {
    var p = postings(term);
    var out = new Map();
    if (!p) { return out; }
    var doc = 0;
    for (var i = 0; i < p.length; i += 2) {
      doc += p[i];
      out.set(doc, p[i + 1]);
    }
    return out;
  }

  /** Map doc -> sorted absolute positions for one term. */
  function termPositions(term) {
    var out = new Map();
    var p = postings(term);
    var k = shardKeyOf(term);
    if (!p || !positions[k]) { return out; }
    var pos = positions[k][term];
    var doc = 0;
    for (var i = 0; i < p.length; i += 2) {
      doc += p[i];
      var abs = [];
      var at = 0;
      pos[i / 2].forEach(function (d) { at += d; abs.push(at); });
      out.set(doc, abs);
    }
    return out;
  }

  function df(term) {
    var p = postings(term);
    return p ? p.length / 2 : 0;
  }

  /** Terms in the loaded shards starting with p: most documents first, then alphabetical. */
  function expand(p) {
    var found = [];
    shardKeysForPrefix(p).forEach(function (k) {
      if (!shards[k]) { return; }
      Object.keys(shards[k]).forEach(function (t) {
        if (t.slice(0, p.length) === p) { found.push(t); }
      });
    });
    found.sort(function (a, b) {
      var d = df(b) - df(a);
      if (d !== 0) { return d; }
      return a < b ? -1 : a > b ? 1 : 0;
    });
    return found.slice(0, M.prefixMax);
  }

  // ------------------------------------------------------------------ facets

  var B32 = '0123456789abcdefghijklmnopqrstuv';
  function facetNames() { return Object.keys(M.raw.facets); }
  function facetOf(doc) {
    var code = facets[doc];
    var out = {};
    var at = 0;
    facetNames().forEach(function (f) {
      var ids = Object.keys(M.raw.facets[f]);
      var width = Math.max(1, Math.floor((ids.length + 4) / 5));
      var values = [];
      for (var c = 0; c < width; c++) {
        var bits = B32.indexOf(code.charAt(at + c));
        for (var b = 0; b < 5; b++) {
          if (bits & (1 << b)) { values.push(ids[c * 5 + b]); }
        }
      }
      at += width;
      out[f] = values;
    });
    return out;
  }

  // ------------------------------------------------------------------ search

  /**
   * Runs a query. filters: {facet: value}. options.prefix: the last word is still being typed.
   * Resolves to {hits: [{doc, score}], total, fallback, counts: {facet: {value: n}}, terms, parsed}.
   */
  function search(q, filters, options) {
    var prefix = !!(options && options.prefix);
    var exact = !!(options && options.exact);
    return WWZ.ready().then(function () { return foldFor([q]); }).then(function () {
      // First pass finds the prefix word without expansions, so we know which shards to load.
      var draft = parse(q, prefix);
      var keys = [];
      function want(k) { if (k !== null && keys.indexOf(k) < 0) { keys.push(k); } }
      draft.clauses.forEach(function (c) { c.forEach(function (t) { want(shardKeyOf(t)); }); });
      if (draft.prefixWord !== null) { shardKeysForPrefix(draft.prefixWord).forEach(want); }
      return Promise.all([loadShards(keys, draft.phrases.length > 0), load('facets.js')]).then(function () {
        var parsed = draft;
        if (draft.prefixWord !== null) {
          expand(draft.prefixWord).forEach(function (t) {
            var c = parsed.clauses[parsed.prefixClause];
            if (c.indexOf(t) < 0) { c.push(t); }
          });
          if (parsed.clauses[parsed.prefixClause].length === 0) {
            parsed.clauses.splice(parsed.prefixClause, 1);
            parsed.sources.splice(parsed.prefixClause, 1);
          }
        }
        return repair(parsed, exact);
      }).then(function (repaired) {
        var r = run(repaired.parsed, filters || {});
        r.corrections = repaired.corrections;
        return r;
      });
    });
  }

  // ------------------------------------------------------------------ mending words that match nothing (as QueryRepair.java)

  function anyDf(c) { return c.some(function (t) { return df(t) > 0; }); }

  function termsOf(word) {
    var out = [];
    analyze(word, 'query').forEach(function (t) { if (out.indexOf(t.term) < 0) { out.push(t.term); } });
    return out;
  }

  /**
   * The mending steps (search-herstel.js) are needed only when a query word matches nothing, so a
   * first query does not load them; they get the functions they share with this file.
   */
  var mendingLoaded = null;
  function mending() {
    if (mendingLoaded === null) {
      mendingLoaded = load('../search-herstel.js').then(function () {
        return WWZ.herstel({ M: M, load: load, loadShards: loadShards, shardKeyOf: shardKeyOf,
          shardKeysForPrefix: shardKeysForPrefix, expand: expand, termsOf: termsOf, anyDf: anyDf, decompose: decompose,
          parts: function () { return siteParts; } });
      });
    }
    return mendingLoaded;
  }

  function repair(parsed, exact) {
    var lastFree = -1;
    parsed.sources.forEach(function (s, i) { if (s !== null) { lastFree = i; } });
    var clauses = [];
    var sources = [];
    var corrections = [];
    var i = 0;
    function step() {
      if (i >= parsed.clauses.length) {
        return Promise.resolve({ parsed: { clauses: clauses, phrases: parsed.phrases, sources: sources }, corrections: corrections });
      }
      var idx = i++;
      var c = parsed.clauses[idx];
      var src = parsed.sources[idx];
      if (src === null || anyDf(c)) {
        clauses.push(c);
        sources.push(src);
        return step();
      }
      return mending().then(function (mend) {
        return mend(src, foldWord(src), idx === lastFree, c, exact, corrections);
      }).then(function (list) {
        list.forEach(function (x) { clauses.push(x); sources.push(null); });
        return step();
      });
    }
    return step();
  }

  /** Docs with at least `need` clauses (and every phrase): doc -> clauses matched * bonus + BM25 sum. */
  function graded(clauseScores, phraseParts, need) {
    var counts = new Map();
    clauseScores.forEach(function (m) {
      m.forEach(function (s, d) {
        var e = counts.get(d) || { n: 0, sum: 0 };
        e.n++;
        e.sum += s;
        counts.set(d, e);
      });
    });
    var matched = new Map();
    counts.forEach(function (e, d) {
      if (e.n >= need && phraseParts.every(function (parts) { return phraseAt(parts, d); })) { matched.set(d, e.sum + e.n * M.bonus); }
    });
    return matched;
  }

  function phraseAt(parts, d) {
    var firstSet = parts[0].byDoc.get(d);
    if (!firstSet) { return false; }
    var ok = false;
    firstSet.forEach(function (start) {
      if (ok) { return; }
      ok = parts.every(function (p) {
        var s = p.byDoc.get(d);
        return s && s.has(start - parts[0].position + p.position);
      });
    });
    return ok;
  }

  function run(parsed, filters) {
    var result = { hits: [], total: 0, fallback: false, counts: {}, parsed: parsed };
    if (parsed.clauses.length === 0) { return result; }
    var clauseScores = parsed.clauses.map(function (c) {
      var m = new Map();
      c.forEach(function (t) {
        termScores(t).forEach(function (s, d) { m.set(d, (m.get(d) || 0) + s); });
      });
      return m;
    });
    var phraseParts = parsed.phrases.map(function (phrase) {
      return phrase.map(function (p) {
        var byDoc = new Map();
        p.terms.forEach(function (t) {
          termPositions(t).forEach(function (ps, d) {
            var set = byDoc.get(d) || new Set();
            ps.forEach(function (x) { set.add(x); });
            byDoc.set(d, set);
          });
        });
        return { position: p.position, byDoc: byDoc };
      });
    });
    var n = clauseScores.length;
    result.fallback = graded(clauseScores, phraseParts, n).size === 0;
    var matched = graded(clauseScores, phraseParts, n <= 2 ? n : n - 1);
    if (matched.size === 0) {
      result.fallback = true;
      matched = graded(clauseScores, phraseParts, 1);
    }
    var names = facetNames();
    names.forEach(function (f) { result.counts[f] = {}; });
    var hits = [];
    matched.forEach(function (score, d) {
      var fv = facetOf(d);
      var pass = {};
      names.forEach(function (f) { pass[f] = !filters[f] || fv[f].indexOf(filters[f]) >= 0; });
      // A facet's counts honour the other facets' filters, so every count is what a click gives.
      names.forEach(function (f) {
        var others = names.every(function (g) { return g === f || pass[g]; });
        if (others) {
          fv[f].forEach(function (v) { result.counts[f][v] = (result.counts[f][v] || 0) + 1; });
        }
      });
      if (names.every(function (f) { return pass[f]; })) { hits.push({ doc: d, score: score }); }
    });
    hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    result.total = hits.length;
    result.hits = hits;
    return result;
  }

  /** Loads the documents of the given hits. */
  function documents(hits) {
    return Promise.all(hits.map(function (h) { return load('doc/' + h.doc + '.js'); })).then(function () {
      // Their titles and texts are analysed for <mark>, so the fold table must be there if they need it.
      return foldFor(hits.map(function (h) { return docs[h.doc].t + ' ' + docs[h.doc].b; }));
    }).then(function () {
      return hits.map(function (h) { return docs[h.doc]; });
    });
  }

  /**
   * Words of a text that match the query terms: [{start, end}] (for <mark>). By their own terms, or by a
   * part of 4+ letters stemming to a query term (or a one-word synonym of one): no parts.js needed.
   * docs/search.md "Marks".
   */
  function matches(text, terms) {
    var want = {};
    var partStems = [];
    function wantPart(t) { if (t.length >= 3 && partStems.indexOf(t) < 0) { partStems.push(t); } }
    terms.forEach(function (t) {
      want[t] = true;
      if (t.charAt(0) !== '_') { wantPart(t); return; }
      M.groups.forEach(function (g) {
        if (g.token === t) { g.alternatives.forEach(function (alt) { if (alt.length === 1) { wantPart(alt[0]); } }); }
      });
    });
    // The shown texts of one query share most words: each is looked at once (the memo lasts while the terms do).
    var key = terms.join(' ');
    if (markMemo.key !== key) { markMemo = { key: key, words: {} }; }
    var memo = markMemo.words;
    var out = [];
    tokenize(text).forEach(function (t) {
      var hit = memo[t.text];
      if (hit === undefined) {
        hit = analyze(t.text, 'index', NO_PARTS).some(function (a) { return want[a.term] === true; })
          || containsPart(foldWord(t.text), partStems);
        memo[t.text] = hit;
      }
      if (hit) { out.push({ start: t.start, end: t.end }); }
    });
    return out;
  }

  var NO_PARTS = {};
  var markMemo = { key: null, words: {} };

  /** Whether folded word f holds a part (4 to maxSub letters, not all of f) stemming to one of stems. */
  function containsPart(f, stems) {
    if (f.length < M.minWord) { return false; }
    return stems.some(function (t) {
      // A stem starts with its word's first letter and is at most 7 letters shorter (-heden, vowel undoubling).
      for (var i = f.indexOf(t.charAt(0)); i >= 0; i = f.indexOf(t.charAt(0), i + 1)) {
        for (var j = Math.max(4, t.length); j <= Math.min(M.maxSub, t.length + 7) && i + j <= f.length; j++) {
          if (j !== f.length && stemOf(f.substr(i, j)) === t) { return true; }
        }
      }
      return false;
    });
  }

  WWZ.analyze = analyze;
  WWZ.stem = stem;
  WWZ.parse = function (q, prefix) {
    return WWZ.ready().then(function () { return foldFor([q]); }).then(function () { return parse(q, prefix); });
  };
  WWZ.search = search;
  WWZ.documents = documents;
  WWZ.matches = matches;
  WWZ.facetOf = facetOf;
  WWZ.manifestData = function () { return M; };

  // ------------------------------------------------------------------ the page

  function el(name, attrs, children) {
    var e = document.createElement(name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }

  /** A piece of text around the first matches, with <mark> around matched words (DOM nodes only). */
  function snippet(text, terms) {
    var hits = matches(text, terms);
    var size = 240;
    var start = 0;
    if (hits.length > 0) {
      var bestCount = -1;
      hits.forEach(function (h) {
        var from = Math.max(0, h.start - 60);
        var n = hits.filter(function (x) { return x.start >= from && x.end <= from + size; }).length;
        if (n > bestCount) { bestCount = n; start = from; }
      });
    }
    if (start > 0) {
      var space = text.indexOf(' ', start);
      start = space >= 0 && space < start + 30 ? space + 1 : start;
    }
    var end = Math.min(text.length, start + size);
    if (end < text.length) {
      var sp = text.lastIndexOf(' ', end);
      end = sp > start + 100 ? sp : end;
    }
    var p = el('p', { 'class': 'snippet' });
    if (start > 0) { p.appendChild(document.createTextNode('… ')); }
    var at = start;
    hits.forEach(function (h) {
      if (h.start < at || h.end > end) { return; }
      p.appendChild(document.createTextNode(text.slice(at, h.start)));
      p.appendChild(el('mark', {}, [text.slice(h.start, h.end)]));
      at = h.end;
    });
    p.appendChild(document.createTextNode(text.slice(at, end)));
    if (end < text.length) { p.appendChild(document.createTextNode(' …')); }
    return p;
  }

  function readUrl() {
    var params = new URLSearchParams(root.location.search);
    var filters = {};
    facetNames().forEach(function (f) {
      var v = params.get(f);
      if (v) { filters[f] = v; }
    });
    return { q: params.get('q') || '', filters: filters, exact: params.get('precies') === '1' };
  }

  function writeUrl(q, filters, push, exact) {
    var params = new URLSearchParams();
    if (q) { params.set('q', q); }
    if (exact) { params.set('precies', '1'); }
    Object.keys(filters).forEach(function (f) { if (filters[f]) { params.set(f, filters[f]); } });
    var url = root.location.pathname + (params.toString() ? '?' + params.toString() : '');
    try {
      if (push) { root.history.pushState(null, '', url); } else { root.history.replaceState(null, '', url); }
    } catch (e) {
      // Some browsers refuse history changes on pages opened from disk; the search still works.
    }
  }

  function start() {
    var form = document.getElementById('zoekpagina');
    if (!form) { return; }
    var input = document.getElementById('q');
    var status = document.getElementById('zoekstatus');
    var list = document.getElementById('resultaten');
    var filterBox = document.getElementById('filters');
    var more = document.getElementById('meer');
    var siteRoot = WWZ.siteRoot;
    var shown = 10;
    var state = readUrl();
    var token = 0;
    var timer = null;
    input.value = state.q;
    var headerField = document.getElementById('zoekveld');
    if (headerField) { headerField.value = state.q; }

    function renderFilters(result) {
      while (filterBox.firstChild) { filterBox.removeChild(filterBox.firstChild); }
      var labels = { type: 'Soort pagina', vuistregel: 'Vuistregel', wijk: 'Wijk', status: 'Status', soort: 'Soort partner' };
      facetNames().forEach(function (f) {
        var values = M.raw.facets[f];
        var counts = result ? result.counts[f] : {};
        var ids = Object.keys(values).filter(function (v) { return (counts[v] || 0) > 0 || state.filters[f] === v; });
        if (ids.length === 0) { return; }
        var id = 'filter-' + f;
        var select = el('select', { id: id, name: f });
        select.appendChild(el('option', { value: '' }, ['Alle']));
        ids.forEach(function (v) {
          var o = el('option', { value: v }, [values[v] + ' (' + (counts[v] || 0) + ')']);
          if (state.filters[f] === v) { o.setAttribute('selected', ''); }
          select.appendChild(o);
        });
        select.addEventListener('change', function () {
          if (select.value) { state.filters[f] = select.value; } else { delete state.filters[f]; }
          shown = 10;
          go(false, true);
        });
        filterBox.appendChild(el('div', { 'class': 'filter' }, [el('label', { 'for': id }, [labels[f] || f]), select]));
      });
    }

    function go(prefix, push) {
      var q = input.value;
      if (q !== state.q) { state.exact = false; }
      state.q = q;
      writeUrl(q, state.filters, push, state.exact);
      var mine = ++token;
      if (q.trim() === '') {
        while (list.firstChild) { list.removeChild(list.firstChild); }
        status.textContent = 'Typ een of meer woorden om te zoeken.';
        renderFilters(null);
        more.hidden = true;
        return;
      }
      search(q, state.filters, { prefix: prefix, exact: state.exact }).then(function (result) {
        if (mine !== token) { return null; }
        var top = result.hits.slice(0, shown);
        return documents(top).then(function (pages) {
          if (mine !== token) { return; }
          render(q, result, pages);
        });
      }).catch(function (e) {
        status.textContent = 'Zoeken lukt nu niet: ' + e.message;
      });
    }

    function render(q, result, pages) {
      renderFilters(result);
      while (list.firstChild) { list.removeChild(list.firstChild); }
      var terms = [];
      result.parsed.clauses.forEach(function (c) { c.forEach(function (t) { terms.push(t); }); });
      // Sections of a page already listed go under it (as Pagefind does), each with its own snippet.
      var groups = {};
      pages.forEach(function (d) {
        var page = d.u.split('#')[0];
        if (groups[page]) {
          var sub = groups[page];
          sub.hidden = false;
          sub.appendChild(el('li', {}, [el('a', { href: siteRoot + d.u }, [d.t]), snippet(d.b, terms)]));
          return;
        }
        var typeLabel = M.raw.facets.type[d.y] || d.y;
        groups[page] = el('ul', { 'class': 'secties' });
        groups[page].hidden = true;
        list.appendChild(el('li', { 'class': 'resultaat' }, [
          el('h2', {}, [el('a', { href: siteRoot + d.u }, [d.t])]),
          el('p', { 'class': 'meta' }, [typeLabel]),
          snippet(d.b, terms),
          groups[page]
        ]));
      });
      more.hidden = result.total <= shown;
      if (result.total === 0) {
        status.textContent = 'Niets gevonden voor “' + q + '”.';
        return;
      }
      if (result.corrections.length > 0) {
        // Google's form: say what was searched instead, and offer the words as typed.
        var searched = q;
        result.corrections.forEach(function (c) { searched = searched.split(c.from).join(c.to); });
        var params = new URLSearchParams();
        params.set('q', q);
        params.set('precies', '1');
        var a = el('a', { href: '?' + params.toString() }, ['“' + q + '”']);
        a.addEventListener('click', function (ev) {
          ev.preventDefault();
          state.exact = true;
          go(false, true);
        });
        status.textContent = (result.total === 1 ? '1 resultaat' : result.total + ' resultaten') + ' voor “' + searched + '”. Zoek in plaats daarvan naar ';
        status.appendChild(a);
        status.appendChild(document.createTextNode('.'));
        return;
      }
      var n = result.total === 1 ? '1 resultaat' : result.total + ' resultaten';
      status.textContent = n + ' voor “' + q + '”' + (result.fallback ? ' (niet alle woorden komen samen voor; dit zijn pagina’s met een deel ervan)' : '') + '.';
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      shown = 10;
      timer = setTimeout(function () { go(true, false); }, 150);
    });
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      clearTimeout(timer);
      shown = 10;
      go(false, true);
    });
    more.addEventListener('click', function () {
      shown += 10;
      go(false, false);
    });
    // Arrow keys move between the search field and the result links.
    form.parentNode.addEventListener('keydown', function (ev) {
      if (ev.key !== 'ArrowDown' && ev.key !== 'ArrowUp') { return; }
      var links = Array.prototype.slice.call(list.querySelectorAll('a'));
      if (links.length === 0) { return; }
      var i = links.indexOf(document.activeElement);
      if (document.activeElement === input && ev.key === 'ArrowDown') {
        links[0].focus();
      } else if (i >= 0) {
        if (ev.key === 'ArrowDown' && i + 1 < links.length) { links[i + 1].focus(); }
        if (ev.key === 'ArrowUp') { (i === 0 ? input : links[i - 1]).focus(); }
      } else {
        return;
      }
      ev.preventDefault();
    });
    root.addEventListener('popstate', function () {
      state = readUrl();
      input.value = state.q;
      go(false, false);
    });
    go(false, false);
  }

  if (typeof document !== 'undefined' && document.currentScript) {
    var src = document.currentScript.getAttribute('src') || '';
    WWZ.base = src.replace(/search\.js(\?.*)?$/, 'search/');
    WWZ.siteRoot = src.replace(/assets\/search\.js(\?.*)?$/, '');
    var begin = function () { WWZ.ready().then(start); };
    if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', begin); } else { begin(); }
  }

  if (typeof module !== 'undefined' && module.exports) {
    /** Under node: read the files of a built assets/search/ folder from disk. */
    WWZ.useDir = function (dir) {
      var fs = require('fs');
      var vm = require('vm');
      var path = require('path');
      WWZ.loadFile = function (file) {
        // '../x.js' is a script beside search.js (assets/), the rest data files of assets/search/.
        var full = file.indexOf('../') === 0 ? path.join(__dirname, file.substring(3)) : path.join(dir, file);
        vm.runInThisContext(fs.readFileSync(full, 'utf8'), { filename: file });
        return Promise.resolve();
      };
      // The parity tests analyse any text directly, so node loads the fold table and the parts up front.
      return load('manifest.js').then(function () { return Promise.all([load('fold.js'), load('parts.js')]); });
    };
    module.exports = WWZ;
  }
})(typeof globalThis !== 'undefined' ? globalThis : this);
