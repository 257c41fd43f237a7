(function () {
  "use strict";
  var focused = null;
  function mark(actor, on) {
    var selector = '[data-actor="' + CSS.escape(actor) + '"]';
    document.querySelectorAll(selector).forEach(function (element) {
      element.classList.toggle("is-focus", on);
      var row = element.closest("tr");
      if (row) { row.classList.toggle("is-focus", on); }
    });
  }
  function apply(actor) {
    if (focused !== null) { mark(focused, false); }
    focused = actor;
    document.body.classList.toggle("focusing", actor !== null);
    if (actor !== null) { mark(actor, true); }
  }
  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-actor]");
    if (!target) { return; }
    var actor = target.dataset.actor;
    apply(focused === actor ? null : actor);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { apply(null); }
  });
})();
