// Wijkwijzer preview (only in `wijkwijzer serve`, never in a built site): reloads the page after a
// rebuild and shows content errors on top of the last good page.
(function () {
  "use strict";
  // The version the server served this page with; the first poll reloads if the site moved on since.
  var me = document.currentScript;
  var seen = me && me.dataset.versie ? Number(me.dataset.versie) : null;
  var overlay = null;

  function show(diagnostics, site) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "wijkwijzer-fouten";
      overlay.setAttribute("role", "alert");
      var s = overlay.style;
      s.position = "fixed"; s.left = "0"; s.right = "0"; s.top = "0"; s.maxHeight = "60vh"; s.overflow = "auto";
      s.background = "#fff4f4"; s.color = "#5a0000"; s.borderBottom = "4px solid #b00020"; s.padding = "1rem";
      s.zIndex = "2147483647"; s.fontFamily = "monospace"; s.whiteSpace = "pre-wrap";
      // On the start page (no good site yet) the errors are the page: in its flow, in place of the
      // server's list, not on top of its heading.
      var start = document.getElementById("wijkwijzer-start");
      if (start) {
        s.position = "static"; s.maxHeight = "none"; s.border = "4px solid #b00020";
        var list = document.getElementById("wijkwijzer-start-lijst");
        if (list) { list.remove(); }
        start.appendChild(overlay);
      } else {
        document.body.appendChild(overlay);
      }
    }
    overlay.textContent = "";
    var h = document.createElement("strong");
    h.textContent = site
      ? "De content heeft fouten. Je ziet de laatste goede versie van de site."
      : "De content heeft fouten, dus er is nog geen site. Herstel ze en sla op: de pagina ververst vanzelf.";
    overlay.appendChild(h);
    diagnostics.forEach(function (d) {
      var p = document.createElement("p");
      p.textContent = d.plek + ": " + d.ernst + ": " + d.melding + (d.hint ? "\n  tip: " + d.hint : "");
      overlay.appendChild(p);
    });
  }

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function poll() {
    fetch("/__wijkwijzer/status", {cache: "no-store"}).then(function (r) { return r.json(); }).then(function (s) {
      if (seen === null) {
        seen = s.versie;
      } else if (s.versie !== seen) {
        // Also on an error: the preview may have taken back a page it showed early, and the
        // reloaded page shows the overlay on its first poll.
        location.reload();
        return;
      }
      if (s.ok) { hide(); } else { show(s.diagnostics, s.site); }
      setTimeout(poll, 300);
    }).catch(function () { setTimeout(poll, 1000); });
  }
  poll();
}());
