/*
 * Draws the first picture of each chart off the page's main thread, with the same Chart.js, plugin and options as
 * the page (chart-draw.js), on an OffscreenCanvas, and sends it back as an ImageBitmap. So a page of many charts
 * shows them all without blocking its reader; Chart.js runs on the page only for a chart the reader reaches for.
 *
 * Messages in: { type: 'load', scripts: [Chart.js, datalabels, chart-draw.js], ratio } once, then
 * { type: 'draw', id, version, paper, config, width, height, ratio, colours } per picture.
 * Messages out: { id, version, paper, picture } per picture, or { id, version, failed } when one could not be drawn.
 */
/* global importScripts, VitakoCharts */
'use strict';

self.onmessage = function (event) {
  var message = event.data;
  if (message.type === 'load') {
    // the datalabels plugin reads the screen's pixel ratio from window once, as it loads: the page's ratio
    self.window = { devicePixelRatio: message.ratio };
    importScripts.apply(null, message.scripts);
    return;
  }
  var chart = null;
  try {
    var canvas = new OffscreenCanvas(message.width, message.height);
    chart = VitakoCharts.create(canvas, message.config, message.width, message.colours,
      { responsive: false, devicePixelRatio: message.ratio });
    var picture = canvas.transferToImageBitmap();
    self.postMessage({ id: message.id, version: message.version, paper: message.paper, picture: picture },
      [picture]);
  }
  catch (error) {
    self.postMessage({ id: message.id, version: message.version, failed: String(error) });
  }
  finally {
    if (chart) {
      chart.destroy();
    }
  }
};
