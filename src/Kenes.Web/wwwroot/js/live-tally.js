// Live tally (M9 quorum, M10 votes): subscribes to the meeting's Server-Sent Events stream and updates every
// element marked with data-tally. The page is complete without this file: the tally is rendered on load.
(function () {
  "use strict";
  var root = document.querySelector("[data-tally-stream]");
  if (!root || typeof window.EventSource !== "function") {
    return;
  }

  function setAll(scope, key, value) {
    scope.querySelectorAll('[data-tally="' + key + '"]').forEach(function (el) {
      el.textContent = String(value);
    });
  }

  function apply(tally) {
    var q = tally.quorum;
    setAll(document, "present", q.present);
    setAll(document, "inOffice", q.membersInOffice);
    setAll(document, "required", q.required);
    document.querySelectorAll("[data-tally-quorate]").forEach(function (el) {
      var wanted = el.getAttribute("data-tally-quorate") === "true";
      el.hidden = wanted !== q.quorate;
    });
    var reload = false;
    tally.items.forEach(function (item) {
      document.querySelectorAll('[data-tally-item="' + item.id + '"]').forEach(function (scope) {
        setAll(scope, "for", item.for);
        setAll(scope, "against", item.against);
        setAll(scope, "abstain", item.abstain);
        setAll(scope, "voted", item.voted);
        if (scope.getAttribute("data-state") && scope.getAttribute("data-state") !== item.state) {
          reload = true;
        }
      });
    });
    var status = document.querySelector("[data-tally-updated]");
    if (status) {
      status.textContent = status.getAttribute("data-tally-updated") + " " + new Date().toLocaleTimeString();
    }
    // A vote opened or closed: the forms on the page change, so fetch it again (unless the user is typing).
    if (reload && !(document.activeElement && /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName))) {
      window.location.reload();
    }
  }

  var source = new EventSource(root.getAttribute("data-tally-stream"));
  source.addEventListener("tally", function (event) {
    try {
      apply(JSON.parse(event.data));
    } catch (e) {
      // A malformed event is ignored; the next one carries the whole tally again.
    }
  });
})();
