/*
 * The page's charts, drawn from the JSON in each canvas's data-chart attribute (chart-draw.js), without blocking
 * the reader: each chart's first picture is drawn by a worker (chart-worker.js) with the same Chart.js and
 * options; when the reader reaches for a chart (the pointer over it, a touch, the keyboard's focus), Chart.js is
 * loaded on the page and draws the same chart on the same canvas, now with tooltips and its values by keyboard.
 * A browser without workers that draw gets the interactive charts straight away. Also the chart/table switches and
 * the embed code's copy button. No inline script anywhere, so the Content-Security-Policy needs no 'unsafe-inline';
 * the numbers are in the page's tables as well, so nothing is lost without JavaScript.
 *
 * Each canvas says how it is drawn in data-drawn: "picture" (the worker's) or "chart" (interactive).
 */
(function () {
  'use strict';

  var charts = window.VitakoCharts;
  var script = document.currentScript;
  var dark = window.matchMedia('(prefers-color-scheme: dark)');
  var colours = null;
  var worker = null;
  var library = null;
  var pendingKeys = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End'];

  /** The page's colours, from its style sheet: they change with the reader's light or dark mode. */
  function theme(light) {
    if (light) {
      return { text: '#000000', grid: '#bbbbbb', background: '#ffffff' };
    }
    var style = window.getComputedStyle(document.documentElement);
    function read(name) { return style.getPropertyValue(name).trim(); }
    return { text: read('--text'), grid: read('--chart-grid'), background: read('--card') };
  }

  function canvases() {
    return Array.prototype.slice.call(document.querySelectorAll('canvas[data-chart]'));
  }

  function configOf(canvas) {
    if (!canvas.$config) {
      canvas.$config = JSON.parse(canvas.getAttribute('data-chart'));
    }
    return canvas.$config;
  }

  function interactive(canvas) {
    return canvas.getAttribute('data-drawn') === 'chart';
  }

  /**
   * The chart's size in CSS pixels: its box's width, and its height (set here for horizontal bars); nothing for a
   * chart behind its table, which Chart.js sizes again when it is shown.
   */
  function size(canvas) {
    return sizes([canvas])[0] || { width: 0, height: 0 };
  }

  /**
   * The sizes of charts shown, each with its canvas: every box is measured before the heights that bars need are
   * set, so that a page of many charts is laid out once, not once per chart.
   */
  function sizes(list) {
    return list.filter(function (canvas) { return canvas.parentNode.offsetParent !== null; })
      .map(function (canvas) {
        var box = canvas.parentNode;
        return { canvas: canvas, width: box.clientWidth, height: box.clientHeight };
      })
      .map(function (measured) {
        var shape = charts.layout(configOf(measured.canvas), measured.width);
        if (shape.height) {
          measured.canvas.parentNode.style.height = shape.height + 'px';
          measured.height = shape.height;
        }
        return measured;
      });
  }

  function loadScript(source) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement('script');
      element.src = source;
      element.onload = resolve;
      element.onerror = reject;
      document.head.appendChild(element);
    });
  }

  /** Chart.js and its plugin on the page: loaded once, when the first chart is reached for. */
  function loadLibrary() {
    if (!library) {
      library = loadScript(script.getAttribute('data-chartjs')).then(function () {
        return loadScript(script.getAttribute('data-datalabels'));
      });
    }
    return library;
  }

  /**
   * Asks the worker for the pictures of charts shown, and for ones on paper too where the screen is dark (for
   * printing). A picture is painted when its chart comes near the screen.
   */
  function show(list) {
    if (!worker) {
      return;
    }
    sizes(list.filter(function (canvas) { return !interactive(canvas); })).forEach(function (measured) {
      var canvas = measured.canvas;
      var message = { type: 'draw', id: canvas.id, version: (canvas.$version || 0) + 1, config: configOf(canvas),
        width: measured.width, height: measured.height, ratio: window.devicePixelRatio || 1 };
      canvas.$version = message.version;
      canvas.$size = { width: measured.width, height: measured.height };
      canvas.$paper = keep(canvas.$paper, null);
      worker.postMessage(Object.assign({ paper: false, colours: colours }, message));
      if (dark.matches) {
        worker.postMessage(Object.assign({ paper: true, colours: theme(true) }, message));
      }
    });
  }

  /** The picture to keep instead of an earlier one, which is closed. */
  function keep(earlier, picture) {
    if (earlier && earlier !== picture) {
      earlier.close();
    }
    return picture;
  }

  /** Paints a picture on its canvas at the size Chart.js would give the canvas. */
  function paint(canvas, picture) {
    var measured = canvas.$size;
    canvas.width = picture.width;
    canvas.height = picture.height;
    canvas.style.display = 'block';
    canvas.style.boxSizing = 'border-box';
    canvas.style.width = measured.width + 'px';
    canvas.style.height = measured.height + 'px';
    canvas.getContext('2d').drawImage(picture, 0, 0);
  }

  function received(event) {
    var message = event.data;
    var canvas = document.getElementById(message.id);
    if (!canvas || message.version !== canvas.$version || interactive(canvas)) {
      keep(message.picture, null);
      return;
    }
    if (message.failed) {
      // what the worker could not draw, the page draws
      reach(canvas);
    }
    else if (message.paper) {
      canvas.$paper = keep(canvas.$paper, message.picture);
    }
    else {
      canvas.$picture = keep(canvas.$picture, message.picture);
      if (canvas.$near) {
        paintPicture(canvas);
      }
    }
  }

  /** Paints the canvas's waiting picture from the worker. */
  function paintPicture(canvas) {
    if (canvas.$picture && !interactive(canvas)) {
      paint(canvas, canvas.$picture);
      canvas.$picture = keep(canvas.$picture, null);
      canvas.setAttribute('data-drawn', 'picture');
    }
  }

  /** Marks each chart that comes near the screen, and paints its picture if it has come. */
  function watchNearness() {
    if (!('IntersectionObserver' in window)) {
      canvases().forEach(function (canvas) { canvas.$near = true; });
      return;
    }
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          entry.target.$near = true;
          paintPicture(entry.target);
        }
      });
    }, { rootMargin: '200px 0px' });
    canvases().forEach(function (canvas) { observer.observe(canvas); });
  }

  /** Draws the interactive chart on the canvas, in place of its picture or of an earlier chart. */
  function render(canvas) {
    var old = window.Chart.getChart(canvas);
    if (old) {
      old.destroy();
    }
    var width = size(canvas).width;
    var chart = charts.create(canvas, configOf(canvas), width, colours, { responsive: true });
    canvas.setAttribute('data-drawn', 'chart');
    keyboardState(canvas, chart);
  }

  /**
   * The reader reached for a chart: Chart.js draws it on the page. A touch or a pointer still over the chart then
   * gets its tooltip, and a key pressed meanwhile its answer.
   */
  function reach(canvas) {
    if (canvas.$reached) {
      return;
    }
    canvas.$reached = true;
    loadLibrary().then(function () {
      colours = colours || theme();
      render(canvas);
      var pointer = canvas.$pointer;
      if (pointer) {
        canvas.dispatchEvent(new MouseEvent('mousemove', { clientX: pointer.x, clientY: pointer.y, bubbles: true }));
      }
      if (canvas.$pendingKey) {
        press(canvas, canvas.$pendingKey);
        canvas.$pendingKey = null;
      }
    }, function () {
      canvas.$reached = false;
    });
  }

  function wireReach(canvas) {
    function pointer(event) {
      canvas.$pointer = { x: event.clientX, y: event.clientY };
      reach(canvas);
    }
    canvas.addEventListener('pointerenter', pointer);
    canvas.addEventListener('pointerdown', pointer);
    canvas.addEventListener('pointerleave', function (event) {
      if (event.pointerType === 'mouse') {
        canvas.$pointer = null;
      }
    });
    canvas.addEventListener('focus', function () { reach(canvas); });
  }

  /** Draws again what is drawn: the colour scheme changed, or the paper's colours came or went. */
  function redraw() {
    colours = theme();
    canvases().forEach(function (canvas) {
      if (interactive(canvas)) {
        render(canvas);
      }
    });
    show(canvases().filter(function (canvas) { return canvas.$version; }));
  }

  /** Without a worker that draws, or when it fails: the interactive charts, each when it comes near the screen. */
  function drawOnPage() {
    worker = null;
    loadLibrary().then(function () {
      var waiting = canvases().filter(function (canvas) { return !interactive(canvas); });
      if (!('IntersectionObserver' in window)) {
        waiting.forEach(render);
        return;
      }
      var observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting) {
            observer.unobserve(entry.target);
            window.setTimeout(function () { render(entry.target); }, 0);
          }
        });
      }, { rootMargin: '200px 0px' });
      waiting.forEach(function (canvas) { observer.observe(canvas); });
    });
  }

  function startWorker() {
    if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') {
      drawOnPage();
      return;
    }
    worker = new Worker(script.getAttribute('data-worker'));
    worker.onmessage = received;
    worker.onerror = drawOnPage;
    var scripts = ['data-chartjs', 'data-datalabels', 'data-draw'].map(function (name) {
      return new URL(script.getAttribute(name), window.location.href).href;
    });
    worker.postMessage({ type: 'load', scripts: scripts, ratio: window.devicePixelRatio || 1 });
  }

  /**
   * The chart's values by keyboard: arrow keys walk from value to value, Home and End jump to the first and
   * last; the tooltip shows the value and a live region says it. A key pressed on a picture makes the chart
   * interactive and is answered then. The listeners are added once per canvas and follow its current chart
   * (charts are redrawn when the colour scheme changes).
   */
  function keyboardState(canvas, chart) {
    var config = configOf(canvas);
    var format = charts.formats(config.locale, config.unit);
    var doughnut = config.type === 'doughnut';
    var points = [];
    chart.data.labels.forEach(function (label, index) {
      chart.data.datasets.forEach(function (dataset, datasetIndex) {
        var raw = dataset.data[index];
        var value = raw !== null && typeof raw === 'object' ? raw.y : raw;
        if (value !== null && value !== undefined) {
          var name = doughnut || chart.data.datasets.length === 1 ? label : label + ', ' + dataset.label;
          var flag = dataset.flags && dataset.flags[index] ? '\u00a0' + dataset.flags[index] : '';
          var basis = dataset.bases && dataset.bases[index] ? ' (' + dataset.bases[index] + ')' : '';
          points.push({ datasetIndex: datasetIndex, index: index,
            text: name + ': ' + format.value(value) + flag + basis });
        }
      });
    });
    canvas.$keys = { chart: chart, points: points, current: -1 };
  }

  function press(canvas, key) {
    var state = canvas.$keys;
    var keys = { ArrowRight: state.current + 1, ArrowDown: state.current + 1, ArrowLeft: state.current - 1,
      ArrowUp: state.current - 1, Home: 0, End: state.points.length - 1 };
    if (!state.points.length) {
      return;
    }
    state.current = Math.max(0, Math.min(state.points.length - 1, keys[key]));
    var point = state.points[state.current];
    var active = [{ datasetIndex: point.datasetIndex, index: point.index }];
    var element = state.chart.getDatasetMeta(point.datasetIndex).data[point.index];
    state.chart.setActiveElements(active);
    state.chart.tooltip.setActiveElements(active, { x: element.x, y: element.y });
    state.chart.update();
    var live = document.getElementById(canvas.id + '-live');
    if (live) {
      live.textContent = point.text;
    }
  }

  function wireKeys(canvas) {
    canvas.setAttribute('tabindex', '0');
    canvas.setAttribute('aria-describedby', canvas.id + '-summary ' + canvas.id + '-keys');
    canvas.addEventListener('keydown', function (event) {
      if (pendingKeys.indexOf(event.key) < 0) {
        return;
      }
      event.preventDefault();
      if (interactive(canvas) && canvas.$keys) {
        press(canvas, event.key);
      }
      else {
        canvas.$pendingKey = event.key;
        reach(canvas);
      }
    });
    canvas.addEventListener('blur', function () {
      var state = canvas.$keys;
      if (!state || !interactive(canvas)) {
        return;
      }
      state.current = -1;
      state.chart.setActiveElements([]);
      state.chart.tooltip.setActiveElements([], { x: 0, y: 0 });
      state.chart.update();
    });
  }

  // A table box is a tab stop and a named region (to scroll it by keyboard) only when its table is wider than the
  // box and shown; then it is marked so that readers see that it scrolls. Without this script every box stays one.
  function markScrolling() {
    document.querySelectorAll('.table-scroll').forEach(function (box) {
      var shown = !box.closest('.view-chart');
      var scrolls = shown && box.scrollWidth > box.clientWidth + 1;
      box.classList.toggle('scrolls', scrolls);
      var name = box.getAttribute('aria-label') || box.getAttribute('data-region-label');
      box.setAttribute('data-region-label', name);
      if (scrolls) {
        box.setAttribute('tabindex', '0');
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', name);
      }
      else {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    });
  }

  // Chart or table: a card shows one of them. The table stays in the page, hidden only from the eye while the
  // chart is shown, so that screen readers always have it.
  function wireSwitch(card) {
    var buttons = card.querySelectorAll('.view-switch button');
    function choose(view, first) {
      card.classList.toggle('view-chart', view === 'chart');
      card.classList.toggle('view-table', view === 'table');
      buttons.forEach(function (button) {
        button.setAttribute('aria-pressed', String(button.getAttribute('data-view') === view));
      });
      // measuring the tables lays the page out: once for all cards as the page comes, not once per card
      if (first) {
        return;
      }
      markScrolling();
      // a chart hidden behind its table when the page came gets its picture when it is shown
      if (view === 'chart') {
        show(Array.prototype.filter.call(card.querySelectorAll('canvas[data-chart]'), function (canvas) {
          return !canvas.$version;
        }));
      }
    }
    buttons.forEach(function (button) {
      button.addEventListener('click', function () {
        var view = button.getAttribute('data-view');
        choose(view);
        // on a metric page the choice goes into the address, so that a shared link shows it
        if (card.classList.contains('detailed') && window.history && window.URL) {
          var url = new URL(window.location.href);
          if (view === 'table') {
            url.searchParams.set('view', 'table');
          }
          else {
            url.searchParams.delete('view');
          }
          window.history.replaceState(null, '', url.toString());
        }
      });
    });
    card.querySelector('.view-switch').hidden = false;
    // the view the page was asked for (?view=table), else the chart
    choose(card.classList.contains('view-table') ? 'table' : 'chart', true);
  }

  if (charts) {
    document.querySelectorAll('.chart-card').forEach(function (card) {
      if (card.querySelector('.view-switch')) {
        wireSwitch(card);
      }
    });
    canvases().forEach(function (canvas) {
      wireReach(canvas);
      wireKeys(canvas);
    });
    dark.addEventListener('change', redraw);
    // paper is white whatever the screen's mode: interactive charts are drawn again for it, pictures have theirs
    window.addEventListener('beforeprint', function () {
      colours = theme(true);
      canvases().forEach(function (canvas) {
        if (interactive(canvas)) {
          render(canvas);
        }
        else if (canvas.$paper) {
          paint(canvas, canvas.$paper);
        }
        else {
          paintPicture(canvas);
        }
      });
    });
    window.addEventListener('afterprint', redraw);
    var resized = null;
    window.addEventListener('resize', function () {
      window.clearTimeout(resized);
      resized = window.setTimeout(function () {
        var changed = canvases().filter(function (canvas) {
          var width = canvas.parentNode.clientWidth;
          var chart = interactive(canvas) ? window.Chart.getChart(canvas) : null;
          if (chart && (width < charts.NARROW) !== chart.$narrow) {
            render(canvas);
          }
          return !chart && canvas.$size && canvas.$size.width !== width;
        });
        show(changed);
      }, 150);
    });
  }
  // what reads the page's layout or styles waits until the page has painted: read before, it would lay the page
  // out in this script's task, which then blocks the reader for as long as the first layout takes
  window.requestAnimationFrame(function () {
    window.setTimeout(function () {
      markScrolling();
      if (charts) {
        colours = colours || theme();
        startWorker();
        show(canvases());
        watchNearness();
      }
    }, 0);
  });
  window.addEventListener('resize', markScrolling);

  // the embed code's copy button, where the browser lets a page write to the clipboard; else the code is selected
  Array.prototype.forEach.call(document.querySelectorAll('button[data-copy]'), function (button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    var status = button.parentNode.querySelector('.copy-status');
    if (!field || !navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      field.select();
      navigator.clipboard.writeText(field.value).then(function () {
        if (status) {
          status.textContent = status.getAttribute('data-done');
        }
      });
    });
  });
}());
