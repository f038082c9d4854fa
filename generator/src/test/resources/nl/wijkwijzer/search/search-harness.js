// Runs the shipped search.js under node for the parity tests.
// node search-harness.js <search.js> <assets/search dir> analyze|marks|search <input file> [woorddelen.txt]
// analyze splits compounds with the whole woorddelen.txt (the Java side's dictionary), so words that are
// not the site's are compared too; search uses the site's parts.js, as the browser does.
const fs = require('fs');
const [, , searchJs, dir, mode, input, wordParts] = process.argv;
const WWZ = require(searchJs);
const lines = fs.readFileSync(input, 'utf8').split('\n').filter((l) => l.length > 0);
const fmt = (tokens) => tokens.map((t) => t.term + '/' + t.inc).join(' ');
(async () => {
  await WWZ.useDir(dir);
  if (mode === 'analyze') {
    if (!wordParts) { throw new Error('analyze needs woorddelen.txt'); }
    WWZ.parts(fs.readFileSync(wordParts, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).join(' '));
  }
  const out = [];
  if (mode === 'analyze') {
    for (const l of lines) {
      out.push('I:' + fmt(WWZ.analyze(l, 'index')) + '\tQ:' + fmt(WWZ.analyze(l, 'query')));
    }
  } else if (mode === 'marks') {
    // terms (space separated) TAB text: the marked words, space separated.
    for (const l of lines) {
      const [terms, text] = l.split('\t');
      out.push(WWZ.matches(text, terms.split(' ')).map((m) => text.substring(m.start, m.end)).join(' '));
    }
  } else if (mode === 'search') {
    for (const l of lines) {
      const [prefix, q, f] = l.split('\t');
      const filters = {};
      (f || '').split('&').filter((x) => x).forEach((kv) => { const [k, v] = kv.split('='); filters[k] = v; });
      const r = await WWZ.search(q, filters, { prefix: prefix === '1' });
      out.push(r.total + '\t' + r.fallback + '\t' + r.hits.slice(0, 10).map((h) => h.doc + ':' + h.score).join(' ')
        + '\t' + r.corrections.map((c) => c.from + '>' + c.to).join(' '));
    }
  }
  process.stdout.write(out.join('\n') + '\n');
})().catch((e) => { console.error(e); process.exit(1); });
