/*
 * Draws every chart of the page from the JSON in its canvas's data-chart attribute, formats numbers by the page's
 * locale, and wires the PNG buttons. No inline script anywhere, so the Content-Security-Policy needs no
 * 'unsafe-inline'. The numbers are in the page's tables as well, so nothing is lost without JavaScript.
 */
(function () {
  'use strict';

  function formatter(locale, unit) {
    var german = locale.indexOf('de') === 0;
    var number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    var percent = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return function (value) {
      if (value === null || value === undefined) {
        return '–';
      }
      return unit === 'percent' ? percent.format(value) + (german ? '\u00a0%' : '%') : number.format(value);
    };
  }

  function draw(canvas) {
    var config = JSON.parse(canvas.getAttribute('data-chart'));
    var format = formatter(config.locale, config.unit);
    var doughnut = config.type === 'doughnut';
    var options = {
      locale: config.locale,
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      indexAxis: config.horizontal ? 'y' : 'x',
      plugins: {
        legend: { display: doughnut || config.datasets.length > 1, position: 'bottom' },
        tooltip: {
          callbacks: {
            label: function (context) {
              if (doughnut) {
                return context.label + ': ' + format(context.parsed);
              }
              var value = config.horizontal ? context.parsed.x : context.parsed.y;
              return context.dataset.label + ': ' + format(value);
            }
          }
        }
      }
    };
    if (!doughnut) {
      var valueAxis = { beginAtZero: true, stacked: config.stacked, ticks: { callback: function (v) { return format(v); } } };
      if (config.unit === 'percent' && config.stacked) {
        valueAxis.max = 100;
      }
      var categoryAxis = { stacked: config.stacked };
      options.scales = config.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis };
    }
    new window.Chart(canvas, {
      type: config.type,
      data: { labels: config.labels, datasets: config.datasets },
      options: options
    });
  }

  function savePng(button) {
    var source = document.getElementById(button.getAttribute('data-canvas'));
    var out = document.createElement('canvas');
    out.width = source.width;
    out.height = source.height;
    var context = out.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, out.width, out.height);
    context.drawImage(source, 0, 0);
    var link = document.createElement('a');
    link.href = out.toDataURL('image/png');
    link.download = button.getAttribute('data-filename');
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  // A table box is a tab stop (to scroll it by keyboard) only when its table is wider than the box; then it is
  // marked so that readers see that it scrolls. Without this script every box stays a tab stop.
  function markScrolling() {
    document.querySelectorAll('.table-scroll').forEach(function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      box.classList.toggle('scrolls', scrolls);
      if (scrolls) {
        box.setAttribute('tabindex', '0');
      } else {
        box.removeAttribute('tabindex');
      }
    });
  }
  markScrolling();
  window.addEventListener('resize', markScrolling);

  if (window.Chart) {
    window.Chart.defaults.color = '#1a1a1a';
    window.Chart.defaults.font.size = 14;
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
    document.querySelectorAll('.png-button').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () { savePng(button); });
    });
  }
}());
