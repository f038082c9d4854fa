// node bench-search.js <search.js> <assets/search> <runs> <query>: bytes loaded cold, then median ms.
const fs = require('fs');
const path = require('path');
const [, , searchJs, dir, runs, q] = process.argv;
const WWZ = require(searchJs);
let bytes = fs.statSync(searchJs).size;
(async () => {
  await WWZ.useDir(dir);
  const load = WWZ.loadFile;
  WWZ.loadFile = (f) => { bytes += fs.statSync(path.join(dir, f)).size; return load(f); };
  bytes += fs.statSync(path.join(dir, 'manifest.js')).size;
  const first = await WWZ.search(q, {}, { prefix: false });
  await WWZ.documents(first.hits.slice(0, 10));
  const times = [];
  for (let i = 0; i < Number(runs); i++) {
    const t = process.hrtime.bigint();
    const r = await WWZ.search(q, {}, { prefix: false });
    await WWZ.documents(r.hits.slice(0, 10));
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(bytes + '\t' + times[Math.floor(times.length / 2)].toFixed(3) + '\t' + first.total);
})();
