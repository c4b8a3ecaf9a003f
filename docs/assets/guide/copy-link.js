// "Copy link" on each answer: copies the answer's permanent address (page + #anchor) so a forum
// helper can paste it. Without JavaScript the control is a plain link to the anchor, and the
// address bar shows the same URL. Where the Clipboard API is missing or refused (http, old
// browsers, permissions), the URL is shown selected in a text box with a hint to copy it by hand.
(function () {
  "use strict";

  function answerUrl(anchor) {
    var url = new URL(window.location.href);
    url.hash = anchor;
    return url.toString();
  }

  function announce(control, text) {
    var status = control.nextElementSibling;
    if (!status || !status.classList.contains("guide-copy-status")) {
      status = document.createElement("span");
      status.className = "guide-copy-status";
      status.setAttribute("role", "status");
      control.insertAdjacentElement("afterend", status);
    }
    status.textContent = text;
    return status;
  }

  function fallback(control, url) {
    var status = announce(control, "Copy this link: ");
    var box = document.createElement("input");
    box.type = "text";
    box.readOnly = true;
    box.value = url;
    box.className = "guide-copy-fallback";
    box.setAttribute("aria-label", "Link to this answer");
    status.appendChild(box);
    box.focus();
    box.select();
  }

  document.addEventListener("click", function (event) {
    var control = event.target.closest ? event.target.closest("a.guide-copy") : null;
    if (!control) {
      return;
    }
    var anchor = control.getAttribute("data-guide-anchor") ||
      (control.getAttribute("href") || "").replace(/^#/, "");
    if (!anchor) {
      return;
    }
    event.preventDefault();
    var url = answerUrl(anchor);
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, "", "#" + anchor);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(url).then(
        function () { announce(control, "Link copied"); },
        function () { fallback(control, url); }
      );
    } else {
      fallback(control, url);
    }
  });
})();
