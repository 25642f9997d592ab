/* The dashboard's charts (Chart.js, served by the app): task statuses in the DOMAIN §2 colours, progress per
   task group, and the listed units' scores. The data comes from the page (window.dashboardCharts). */
(function () {
  'use strict';
  var COLOURS = { green: '#2e7d32', orange: '#ef6c00', blue: '#1565c0', red: '#c62828', grey: '#757575' };
  var data = window.dashboardCharts || {};
  if (typeof window.Chart === 'undefined') {
    return;
  }
  function canvas(id) {
    return document.getElementById(id);
  }
  // each canvas sits in a frame of fixed height: the chart follows the frame, never the other way round
  var common = { animation: false, responsive: true, maintainAspectRatio: false };
  function options(extra) {
    return Object.assign({}, common, extra);
  }
  function shortLabel(text) {
    return text.length > 24 ? text.substring(0, 23) + '…' : text;
  }
  var charts = {};
  if (data.status && canvas('chart-status')) {
    charts.status = new window.Chart(canvas('chart-status'), {
      type: 'doughnut',
      data: {
        labels: data.status.labels,
        datasets: [{ data: data.status.values, backgroundColor: data.status.colours.map(function (c) { return COLOURS[c] || c; }) }]
      },
      options: options({ plugins: { legend: { position: 'bottom' } } })
    });
  }
  if (data.groups && canvas('chart-groups')) {
    charts.groups = new window.Chart(canvas('chart-groups'), {
      type: 'bar',
      data: {
        labels: data.groups.labels.map(shortLabel),
        datasets: [
          { label: data.groups.doneLabel, data: data.groups.done, backgroundColor: COLOURS.green },
          { label: data.groups.progressLabel, data: data.groups.progress, backgroundColor: COLOURS.blue }
        ]
      },
      options: options({ indexAxis: 'y', scales: { x: { min: 0, max: 100 } } })
    });
  }
  if (data.scores && canvas('chart-scores')) {
    charts.scores = new window.Chart(canvas('chart-scores'), {
      type: 'bar',
      data: {
        labels: data.scores.labels,
        datasets: [{ label: data.scores.label, data: data.scores.values, backgroundColor: COLOURS.blue }]
      },
      options: options({ scales: { y: { min: 0, max: 100 } } })
    });
  }
  window.dashboardChartsDrawn = Object.keys(charts);
}());
