/* Plan ouvert: keeps each embedded Plan ouvert iframe as tall as its content.
   Include once per page, from the site that serves Plan ouvert:
     <script src="https://<that site>/embed.js" async></script>
   It listens for {type: "plan-ouvert:height", version: 1, height, id?}
   messages (docs/embedding.md), accepts them only from the origin this
   script was loaded from, finds the iframe that sent each one by comparing
   event.source with iframe.contentWindow, and sets that iframe's height. */
(function () {
  'use strict';
  if (window.planOuvertEmbed) return;
  var script = document.currentScript;
  var origin;
  try { origin = new URL(script && script.src ? script.src : '', location.href).origin; } catch (e) { return; }
  window.planOuvertEmbed = { origin: origin };
  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var m = event.data;
    if (!m || typeof m !== 'object' || m.type !== 'plan-ouvert:height' || m.version !== 1) return;
    var h = m.height;
    if (typeof h !== 'number' || !isFinite(h) || h < 1 || h > 100000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(h) + 'px';
        return;
      }
    }
  });
  // Embeds that loaded before this script have already sent their height:
  // ask them again (only frames showing the app's origin receive it).
  function ask() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      try { frames[i].contentWindow.postMessage({ type: 'plan-ouvert:height-request', version: 1 }, origin); } catch (e) { /* not ready */ }
    }
  }
  ask();
  if (document.readyState !== 'complete') window.addEventListener('load', ask);
})();
