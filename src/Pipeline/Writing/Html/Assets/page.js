(function () {
  "use strict";
  function toggle(mark, open) {
    var pop = document.getElementById(mark.getAttribute("aria-controls"));
    if (!pop) { return; }
    var show = open === undefined ? pop.hidden : open;
    pop.hidden = !show;
    mark.setAttribute("aria-expanded", show ? "true" : "false");
  }
  document.querySelectorAll(".note-mark").forEach(function (mark) {
    mark.addEventListener("click", function (event) {
      event.preventDefault();
      toggle(mark);
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    document.querySelectorAll(".note-mark[aria-expanded='true']").forEach(function (mark) { toggle(mark, false); });
  });
  function pair(element) {
    var id = element.getAttribute("data-pair");
    return id ? document.getElementById(id) : null;
  }
  document.querySelectorAll(".ocr-line, .zone").forEach(function (element) {
    function set(on) {
      element.classList.toggle("hot", on);
      var other = pair(element);
      if (other) { other.classList.toggle("hot", on); }
    }
    ["mouseenter", "focus"].forEach(function (name) { element.addEventListener(name, function () { set(true); }); });
    ["mouseleave", "blur"].forEach(function (name) { element.addEventListener(name, function () { set(false); }); });
  });
  var info = document.getElementById("show-info");
  if (info) {
    var apply = function () { document.body.classList.toggle("hide-info", !info.checked); };
    info.addEventListener("change", apply);
    apply();
  }
  document.body.classList.add("scripted");
})();
