(function () {
  "use strict";
  var focused = null;
  function apply(actor) {
    focused = actor;
    document.body.classList.toggle("focusing", actor !== null);
    document.querySelectorAll("mark[data-actor]").forEach(function (mark) {
      mark.classList.toggle("is-focus", mark.dataset.actor === actor);
    });
    document.querySelectorAll("tr[data-row]").forEach(function (row) {
      row.classList.toggle("is-focus", row.dataset.row === actor);
    });
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
