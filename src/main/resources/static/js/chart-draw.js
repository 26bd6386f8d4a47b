/*
 * How a chart is drawn with Chart.js from the JSON in its canvas's data-chart attribute: its layout, its number
 * formats by the page's locale, its options and plugins. Shared by the page (charts.js, the interactive chart) and
 * the worker (chart-worker.js, the first picture), so that both draw the same chart. Chart.js and its datalabels
 * plugin must be loaded before create() is called; layout() and formats() need neither.
 *
 * Layout rules, so that no label is cut from 320 px to wide screens:
 * - tick labels never tilt; long category labels wrap at spaces;
 * - on a narrow canvas a horizontal bar chart writes each category above its bars (labelsAbove) instead of
 *   squeezing the plot beside them;
 * - a bar chart's height follows its number of bars, so that no plot is flattened;
 * - value labels (chartjs-plugin-datalabels) are drawn only where they fit: on a doughnut slice wide enough for
 *   them, at a bar's end with room up to the plot's edge.
 */
(function (root) {
  'use strict';

  var NARROW = 480;
  var FONT_SIZE = 14;
  var SMALL_FONT_SIZE = 13;
  var BAR = 20;

  var formatCache = {};

  /** The number formats of a locale and unit, made once: a page's first Intl.NumberFormat is costly. */
  function formats(locale, unit) {
    var key = locale + ' ' + unit;
    if (!formatCache[key]) {
      formatCache[key] = makeFormats(locale, unit);
    }
    return formatCache[key];
  }

  function makeFormats(locale, unit) {
    var german = locale.indexOf('de') === 0;
    var suffix = unit === 'percent' ? (german ? '\u00a0%' : '%') : (unit === 'euro' && german ? '\u00a0\u20ac' : '');
    var prefix = unit === 'euro' && !german ? '\u20ac' : '';
    var value = unit === 'percent'
      ? new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
      : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    // an axis step is a round number: "20 %", "4.000", never "20,0 %"
    var tick = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    return {
      value: function (v) { return v === null || v === undefined ? '\u2013' : prefix + value.format(v) + suffix; },
      tick: function (v) { return prefix + tick.format(v) + suffix; }
    };
  }

  /** A label split at spaces into lines of at most about max characters. */
  function wrap(label, max) {
    var lines = [];
    String(label).split(' ').forEach(function (word) {
      var last = lines.length - 1;
      if (last >= 0 && (lines[last] + ' ' + word).length <= max) {
        lines[last] += ' ' + word;
      }
      else {
        lines.push(word);
      }
    });
    return lines;
  }

  function fontString(size, weight) {
    return (weight || '') + ' ' + size + 'px ' + Chart.defaults.font.family;
  }

  function textWidth(context, lines, font) {
    context.save();
    context.font = font;
    var width = Math.max.apply(null, lines.map(function (line) { return context.measureText(line).width; }));
    context.restore();
    return width;
  }

  /** The text, cut with an ellipsis where it is wider than room (the last resort of a narrow legend). */
  function fitText(context, text, font, room) {
    var cut = text;
    while (cut.length > 1 && textWidth(context, [cut === text ? cut : cut + '\u2026'], font) > room) {
      cut = cut.slice(0, -1);
    }
    return cut === text ? text : cut + '\u2026';
  }

  /** Black or white, whichever reads better on a slice's colour (WCAG's relative luminance). */
  function inkOn(hex) {
    var channels = [1, 3, 5].map(function (i) {
      var c = parseInt(hex.substr(i, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    var luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
  }

  /**
   * Writes each category's label above its bars, left-aligned, for horizontal bars on a narrow canvas. The boxes
   * it drew are kept on the chart (chart.$labelsAbove) for the browser tests' clipping check.
   */
  var labelsAbove = {
    id: 'labelsAbove',
    afterDatasetsDraw: function (chart, args, options) {
      if (!options.labels) {
        return;
      }
      var context = chart.ctx;
      var metas = chart.getSortedVisibleDatasetMetas();
      var lineHeight = Math.round(options.size * 1.25);
      var boxes = [];
      context.save();
      context.font = fontString(options.size);
      context.fillStyle = options.color;
      context.textAlign = 'left';
      context.textBaseline = 'bottom';
      options.labels.forEach(function (lines, index) {
        var top = Infinity;
        metas.forEach(function (meta) {
          var bar = meta.data[index];
          if (bar) {
            top = Math.min(top, bar.y - bar.height / 2);
          }
        });
        var bottom = top - 3;
        lines.forEach(function (line, i) {
          context.fillText(line, chart.chartArea.left, bottom - (lines.length - 1 - i) * lineHeight);
        });
        boxes.push({ left: chart.chartArea.left, top: bottom - lines.length * lineHeight,
          width: textWidth(context, lines, context.font), height: lines.length * lineHeight });
      });
      context.restore();
      chart.$labelsAbove = boxes;
    }
  };

  /** The sign of a value's flag after it (" p"), as the table prints it; empty for none. */
  function flagOf(dataset, index) {
    return dataset.flags && dataset.flags[index] ? '\u00a0' + dataset.flags[index] : '';
  }

  /**
   * Value labels where they fit: in the middle of a doughnut slice wide enough for them; at a bar's end, outside
   * where there is room up to the plot's edge, else just inside the bar's end, else none.
   */
  function valueLabels(config, format, colours, horizontal) {
    var doughnut = config.type === 'doughnut';
    var font = { size: SMALL_FONT_SIZE, weight: doughnut ? '600' : 'normal' };
    function place(context) {
      var value = context.dataset.data[context.dataIndex];
      if (value === null || value === undefined || Number(value) === 0) {
        return null;
      }
      var chart = context.chart;
      var element = chart.getDatasetMeta(context.datasetIndex).data[context.dataIndex];
      var width = textWidth(chart.ctx, [format.value(value)], fontString(font.size, font.weight)) + 8;
      var height = font.size + 4;
      if (doughnut) {
        var arc = element.getProps(['startAngle', 'endAngle', 'innerRadius', 'outerRadius'], true);
        var middle = (arc.innerRadius + arc.outerRadius) / 2;
        var fits = (arc.endAngle - arc.startAngle) * middle >= width && arc.outerRadius - arc.innerRadius >= height;
        return fits ? 'in' : null;
      }
      var area = chart.chartArea;
      var bar = element.getProps(['x', 'y', 'base', 'width', 'height'], true);
      if (horizontal) {
        if (bar.height < height - 4) {
          return null;
        }
        return bar.x + width <= area.right ? 'out' : (Math.abs(bar.x - bar.base) >= width ? 'in' : null);
      }
      if (bar.width < width) {
        return null;
      }
      return bar.y - height >= area.top ? 'out' : (Math.abs(bar.base - bar.y) >= height ? 'in' : null);
    }
    function colour(context) {
      var fill = context.dataset.backgroundColor;
      return Array.isArray(fill) ? fill[context.dataIndex] : fill;
    }
    return {
      font: font,
      formatter: function (value, context) {
        return value === null ? '' : format.value(value) + flagOf(context.dataset, context.dataIndex);
      },
      anchor: doughnut ? 'center' : 'end',
      offset: 2,
      clip: false,
      // the plugin resolves display, align and colour with one context per label: measured once, in display
      display: function (context) {
        context.$place = place(context);
        return context.$place !== null;
      },
      align: function (context) {
        var inside = context.$place === 'in';
        if (doughnut) {
          return 'center';
        }
        return horizontal ? (inside ? 'left' : 'right') : (inside ? 'bottom' : 'top');
      },
      color: function (context) {
        return context.$place === 'in' ? inkOn(colour(context)) : colours.text;
      }
    };
  }

  /**
   * The height of a horizontal bar chart's category: its bars, and the room above them that a narrow chart
   * writes the label into (half of it above the first category is the plot's top padding).
   */
  function categoryLayout(config, narrow, labelLines) {
    var bars = config.datasets.length * BAR / 0.9;
    var lines = Math.max.apply(null, labelLines.map(function (l) { return l.length; }));
    var gap = narrow ? lines * Math.round(SMALL_FONT_SIZE * 1.25) + 10 : 14;
    return { gap: gap, percentage: bars / (bars + gap),
      height: config.labels.length * (bars + gap) + (narrow ? gap / 2 : 0) + (config.datasets.length > 1 ? 40 : 0)
        + 40 };
  }

  /**
   * What a chart of this width needs before it is drawn: whether it is narrow, its category labels' lines, and
   * for horizontal bars the height that its bars need (null: the page's style sheet decides).
   */
  function layout(config, width) {
    var narrow = width < NARROW;
    var labelLines = config.labels.map(function (label) {
      return wrap(label, narrow ? Math.floor((width - 8) / 7.5) : Math.floor(width * 0.4 / 8));
    });
    var category = config.horizontal ? categoryLayout(config, narrow, labelLines) : null;
    // a bar chart's height follows its bars, so that no plot is flattened or stretched
    return { narrow: narrow, labelLines: labelLines, category: category,
      height: category ? Math.ceil(Math.max(category.height, 160)) : null };
  }

  /** Chart.js's defaults for the colours of the page's scheme (or of paper), on the page and in the worker. */
  function useColours(colours) {
    Chart.defaults.color = colours.text;
    Chart.defaults.borderColor = colours.grid;
    Chart.defaults.font.size = FONT_SIZE;
  }

  /**
   * Draws a chart of the given width on a canvas: a page's canvas (responsive, interactive) or the worker's
   * OffscreenCanvas (options.responsive false and its devicePixelRatio). Both get the same options otherwise, so
   * that the worker's picture is the chart the reader gets when reaching for it.
   */
  function create(canvas, config, width, colours, platform) {
    useColours(colours);
    var format = formats(config.locale, config.unit);
    var doughnut = config.type === 'doughnut';
    var line = config.type === 'line';
    var horizontal = config.horizontal;
    var shape = layout(config, width);
    var narrow = shape.narrow;
    var labelLines = shape.labelLines;
    var category = shape.category;
    var fontSize = narrow ? SMALL_FONT_SIZE : FONT_SIZE;
    var datasets = config.datasets.map(function (dataset) {
      var copy = Object.assign({}, dataset);
      // a flagged value (provisional, estimated …) is drawn differently: a triangle on a line, an outline on a bar
      // or slice; a confidential one has no value and leaves a gap
      var flagged = function (yes, no) {
        return dataset.flags ? dataset.flags.map(function (flag) { return flag ? yes : no; }) : no;
      };
      if (line) {
        copy.data = dataset.data.map(function (value, i) { return { x: Number(config.labels[i]), y: value }; });
        copy.borderColor = dataset.backgroundColor;
        copy.pointStyle = flagged('triangle', 'circle');
        copy.pointRadius = flagged(7, 4);
        copy.pointHoverRadius = flagged(9, 6);
        copy.borderWidth = 3;
      }
      else if (!doughnut) {
        copy.barPercentage = 0.9;
        if (category) {
          copy.categoryPercentage = category.percentage;
        }
        copy.maxBarThickness = horizontal ? BAR : 64;
        copy.borderColor = colours.text;
        copy.borderWidth = flagged(2, 0);
      }
      else {
        copy.borderColor = flagged(colours.text, colours.background);
        copy.borderWidth = flagged(3, 2);
      }
      return copy;
    });
    var options = {
      locale: config.locale,
      responsive: platform.responsive,
      devicePixelRatio: platform.devicePixelRatio,
      maintainAspectRatio: false,
      animation: false,
      indexAxis: horizontal ? 'y' : 'x',
      layout: { padding: { top: category && narrow ? Math.ceil(category.gap / 2) : (doughnut ? 0 : 8), right: 8 } },
      font: { size: fontSize },
      plugins: {
        legend: {
          display: doughnut || config.datasets.length > 1,
          position: 'bottom',
          labels: {
            color: colours.text,
            font: { size: fontSize },
            boxWidth: narrow ? 14 : 40,
            // a doughnut's legend names each slice with its value, so that a sliver or a zero has its number too;
            // on a narrow canvas an entry that would not fit drops its value (the table and tooltip have it)
            generateLabels: doughnut ? function (chart) {
              var items = Chart.overrides.doughnut.plugins.legend.labels.generateLabels(chart);
              var room = chart.width - (narrow ? 14 : 40) - 30;
              var font = fontString(fontSize);
              items.forEach(function (item) {
                var full = item.text + ': ' + format.value(chart.data.datasets[0].data[item.index]);
                var fits = textWidth(chart.ctx, [full], font) <= room;
                item.text = fits ? full : fitText(chart.ctx, item.text, font, room);
              });
              return items;
            } : undefined
          }
        },
        tooltip: {
          callbacks: {
            title: function (items) {
              return line ? String(items[0].parsed.x) : items[0].label;
            },
            label: function (context) {
              var flag = flagOf(context.dataset, context.dataIndex);
              if (doughnut) {
                return context.label + ': ' + format.value(context.parsed) + flag;
              }
              var value = horizontal ? context.parsed.x : context.parsed.y;
              return context.dataset.label + ': ' + format.value(value) + flag;
            },
            // what a survey's value rests on, under it: "n = 26 von 52"
            afterLabel: function (context) {
              var bases = context.dataset.bases;
              return bases && bases[context.dataIndex] ? bases[context.dataIndex] : '';
            }
          }
        },
        datalabels: line || config.stacked ? { display: false } : valueLabels(config, format, colours, horizontal),
        labelsAbove: { labels: horizontal && narrow ? labelLines : null, size: SMALL_FONT_SIZE, color: colours.text }
      }
    };
    if (!doughnut) {
      var valueAxis = {
        beginAtZero: true,
        stacked: config.stacked,
        grace: config.stacked ? 0 : '12%',
        grid: { color: colours.grid },
        border: { color: colours.grid },
        ticks: {
          color: colours.text,
          maxRotation: 0,
          autoSkip: true,
          maxTicksLimit: horizontal ? Math.max(3, Math.min(11, Math.floor(width / 90))) : 6,
          font: { size: fontSize },
          callback: function (v) { return format.tick(v); }
        }
      };
      if (config.unit === 'percent') {
        valueAxis.max = 100;
        valueAxis.grace = 0;
      }
      var categoryAxis = {
        stacked: config.stacked,
        grid: { display: false },
        border: { color: colours.grid },
        ticks: {
          color: colours.text,
          maxRotation: 0,
          minRotation: 0,
          autoSkip: false,
          font: { size: fontSize },
          display: !(horizontal && narrow),
          callback: function (value, index) { return labelLines[index]; }
        }
      };
      if (line) {
        var years = config.labels.map(Number);
        categoryAxis = {
          type: 'linear',
          min: years[0] - 0.5,
          max: years[years.length - 1] + 0.5,
          grid: { display: false },
          border: { color: colours.grid },
          // one tick per year with figures, spaced by the years between them
          afterBuildTicks: function (axis) {
            axis.ticks = years.map(function (year) { return { value: year }; });
          },
          ticks: {
            color: colours.text,
            maxRotation: 0,
            autoSkip: true,
            font: { size: fontSize },
            callback: function (v) { return String(v); }
          }
        };
      }
      options.scales = horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis };
    }
    var chart = new Chart(canvas, {
      type: config.type,
      data: { labels: config.labels, datasets: datasets },
      options: options,
      plugins: [ChartDataLabels, labelsAbove]
    });
    chart.$narrow = narrow;
    return chart;
  }

  root.VitakoCharts = { NARROW: NARROW, formats: formats, layout: layout, create: create };
}(self));
