/* Vertrouwenskompas browser script (vanilla, mounted on Material's document$). */
(function () {
  "use strict";
})();
