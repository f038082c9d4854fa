/* Deelwijzer: turns the full matrix (which works without JavaScript) into a two-step chooser.
   Reads everything from the page itself; no data is fetched. */
(function () {
  "use strict";
  var root = document.getElementById("deelwijzer-kiezer");
  var matrix = document.querySelector("table.matrix");
  if (!root || !matrix) { return; }
  var ontvangers = Array.prototype.map.call(matrix.querySelectorAll("thead th[data-id]"), function (th) {
    return { id: th.getAttribute("data-id"), label: th.textContent };
  });
  var gegevens = Array.prototype.map.call(matrix.querySelectorAll("tbody th[data-id]"), function (th) {
    return { id: th.getAttribute("data-id"), label: th.textContent };
  });

  function select(id, label, options) {
    var wrap = document.createElement("p");
    var l = document.createElement("label");
    l.setAttribute("for", id);
    l.textContent = label;
    var s = document.createElement("select");
    s.id = id;
    var empty = document.createElement("option");
    empty.value = "";
    empty.textContent = "Maak een keuze";
    s.appendChild(empty);
    options.forEach(function (o) {
      var opt = document.createElement("option");
      opt.value = o.id;
      opt.textContent = o.label;
      s.appendChild(opt);
    });
    wrap.appendChild(l);
    wrap.appendChild(document.createTextNode(" "));
    wrap.appendChild(s);
    return { wrap: wrap, select: s };
  }

  var stap1 = select("dw-gegevens", "Stap 1. Welke gegevens wil je delen?", gegevens);
  var stap2 = select("dw-ontvanger", "Stap 2. Met wie?", ontvangers);
  var uitkomst = document.createElement("div");
  uitkomst.className = "dw-uitkomst";
  uitkomst.setAttribute("aria-live", "polite");
  root.appendChild(stap1.wrap);
  root.appendChild(stap2.wrap);
  root.appendChild(uitkomst);
  root.hidden = false;

  function toon() {
    while (uitkomst.firstChild) { uitkomst.removeChild(uitkomst.firstChild); }
    var g = stap1.select.value;
    var o = stap2.select.value;
    if (!g || !o) { return; }
    var bron = document.getElementById(g + "--" + o);
    if (!bron) { return; }
    var kopie = bron.cloneNode(true);
    kopie.removeAttribute("id");
    kopie.querySelectorAll("[id]").forEach(function (el) { el.removeAttribute("id"); });
    uitkomst.appendChild(kopie);
  }
  function onthoud() {
    if (stap1.select.value && stap2.select.value && window.history && history.replaceState) {
      history.replaceState(null, "", "#kies=" + stap1.select.value + "/" + stap2.select.value);
    }
  }
  stap1.select.addEventListener("change", function () { toon(); onthoud(); });
  stap2.select.addEventListener("change", function () { toon(); onthoud(); });
  // A shared link such as deelwijzer.html#kies=bsn/ggz opens with both steps chosen.
  var m = /^#kies=([a-z0-9-]+)\/([a-z0-9-]+)$/.exec(window.location.hash);
  if (m) {
    stap1.select.value = m[1];
    stap2.select.value = m[2];
    toon();
  }
}());
