// Rutineveileder's web pages: the one script of the site, written by `rutineveileder
// export web`. It only adds to the page: without it every page shows the same routine
// and each contact's opening hours as text.
//
// 1. «Åpen nå»: the export wrote each contact's status for every moment of the next 400
//    days into the page (#open-now-data), worded by the program itself. This script only
//    finds the phone's Norwegian time (Europe/Oslo, whatever the phone's own zone) in that
//    table and shows the status it holds; it knows no opening hours, holidays or words.
// 2. Offline and on the home screen: over http(s) it names the web app manifest
//    (manifest.json) and registers the site's service worker (sw.js), which keeps the
//    site's own files so they load without network. Opened from disk (file://), where a
//    browser refuses both, it does neither, so the pages show no error.
//
// It makes no request of its own, sets no cookie and stores nothing.
(function () {
  "use strict";

  // A page marked data-no-worker (the course in a package for a learning platform,
  // where the scope would be the platform's) names neither.
  var worker = !document.documentElement.hasAttribute("data-no-worker");
  if (worker && /^https?:$/.test(location.protocol)) {
    var manifest = document.createElement("link");
    manifest.rel = "manifest";
    manifest.href = "manifest.json";
    document.head.appendChild(manifest);
    if ("serviceWorker" in navigator) {
      navigator.serviceWorker.register("sw.js").catch(function () {
        // Without the worker the pages work as before, only not offline.
      });
    }
  }

  var source = document.getElementById("open-now-data");
  if (!source || !window.Intl || !Intl.DateTimeFormat) return;
  var data;
  try {
    data = JSON.parse(source.textContent);
  } catch (error) {
    return;
  }

  var oslo = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Oslo",
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
  });

  // Minutes from 1970-01-01 00:00 to now on the Norwegian wall clock, as the table
  // counts them.
  function osloMinutes() {
    var parts = {};
    oslo.formatToParts(new Date()).forEach(function (part) {
      parts[part.type] = Number(part.value);
    });
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) / 60000;
  }

  // The index of the status that holds at `now`: pairs are minutes since the previous
  // change and the status from then.
  function statusAt(pairs, now) {
    var at = data.start;
    var found = -1;
    for (var i = 0; i < pairs.length; i += 2) {
      at += pairs[i];
      if (at > now) break;
      found = pairs[i + 1];
    }
    return found;
  }

  function paragraph(className) {
    var p = document.createElement("p");
    p.className = className;
    return p;
  }

  function show(item, status) {
    var old = item.querySelectorAll(".open-now");
    for (var i = 0; i < old.length; i += 1) old[i].remove();
    if (!status) {
      item.removeAttribute("data-open-now");
      return;
    }
    item.setAttribute("data-open-now", status[0]);
    if (status[1] !== null) {
      var now = paragraph("open-now now");
      now.setAttribute("data-state", status[0]);
      var strong = document.createElement("strong");
      strong.textContent = status[1];
      now.appendChild(strong);
      item.appendChild(now);
    }
    status[2].forEach(function (instead) {
      var line = paragraph("open-now instead");
      line.appendChild(document.createTextNode(instead[0]));
      if (instead[1] !== null) {
        line.appendChild(document.createTextNode(" "));
        var link = document.createElement(instead[2] !== null ? "a" : "span");
        if (instead[2] !== null) link.href = instead[2];
        link.textContent = instead[1];
        line.appendChild(link);
      }
      item.appendChild(line);
    });
  }

  function showOutOfDate(outOfDate) {
    var notice = document.getElementById("open-now-out-of-date");
    if (!outOfDate) {
      if (notice) notice.remove();
      return;
    }
    if (notice) return;
    notice = paragraph("open-now-notice");
    notice.id = "open-now-out-of-date";
    notice.textContent = data.expired;
    var heading = document.querySelector("main h1");
    if (heading) heading.after(notice);
  }

  // Each contact's status is redrawn only when it changes, so a screen reader reading
  // the page is not disturbed every half minute.
  var shown = new Map();
  function update() {
    var now = osloMinutes();
    var inSpan = now >= data.start && now < data.end;
    showOutOfDate(now >= data.end);
    var items = document.querySelectorAll("[data-contact]");
    for (var i = 0; i < items.length; i += 1) {
      var pairs = data.contacts[items[i].getAttribute("data-contact")];
      var index = inSpan && pairs ? statusAt(pairs, now) : -1;
      if (shown.get(items[i]) === index) continue;
      shown.set(items[i], index);
      show(items[i], index >= 0 ? data.statuses[index] : null);
    }
  }

  update();
  setInterval(update, 30000);
  document.addEventListener("visibilitychange", function () {
    if (!document.hidden) update();
  });
})();
