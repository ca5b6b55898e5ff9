// Draws every <figure data-chart> (fragment charts :: chart) with Chart.js from the table beside
// it, so the picture shows exactly the figures a reader can check. Each drawn chart gets a button
// that saves it as a PNG on a white ground, ready to paste into a board report.
(function () {
  'use strict';

  const COLOUR_PROPERTIES = ['--chart-current', '--chart-previous', '--chart-third', '--chart-fourth'];

  function readTable(table) {
    const headings = Array.from(table.tHead.rows[0].cells).slice(1);
    const rows = Array.from(table.tBodies[0].rows).filter((r) => r.cells.length > headings.length);
    return {
      labels: rows.map((r) => r.cells[0].textContent.trim()),
      datasets: headings.map((h, i) => ({
        label: h.textContent.trim(),
        data: rows.map((r) => {
          const v = r.cells[i + 1].dataset.value;
          return v === undefined || v === '' ? null : Number(v);
        }),
      })),
    };
  }

  const whiteGround = {
    id: 'whiteGround',
    beforeDraw(chart) {
      const ctx = chart.ctx;
      ctx.save();
      ctx.globalCompositeOperation = 'destination-over';
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, chart.width, chart.height);
      ctx.restore();
    },
  };

  function draw(figure) {
    if (figure.dataset.drawn || typeof Chart === 'undefined') {
      return;
    }
    const canvas = figure.querySelector('canvas');
    const data = readTable(figure.querySelector('table'));
    if (data.labels.length === 0) {
      return;
    }
    const style = getComputedStyle(figure);
    data.datasets.forEach((d, i) => {
      const colour = style.getPropertyValue(COLOUR_PROPERTIES[i % COLOUR_PROPERTIES.length]).trim();
      d.backgroundColor = colour;
      d.borderColor = colour;
      d.borderDash = i === 1 ? [6, 4] : [];
      d.pointStyle = i === 1 ? 'rectRot' : 'circle';
    });
    const kind = figure.dataset.kind;
    new Chart(canvas, {
      type: kind === 'line' ? 'line' : 'bar',
      data: data,
      plugins: [whiteGround],
      options: {
        indexAxis: kind === 'horizontal-bar' ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { beginAtZero: true }, y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'bottom' } },
      },
    });
    figure.dataset.drawn = 'true';
    const save = figure.querySelector('.chart-save');
    save.hidden = false;
    save.addEventListener('click', () => {
      const link = document.createElement('a');
      link.href = canvas.toDataURL('image/png');
      link.download = figure.dataset.file + '.png';
      link.click();
    });
  }

  function drawAll(root) {
    root.querySelectorAll('figure[data-chart]').forEach(draw);
  }

  document.addEventListener('DOMContentLoaded', () => drawAll(document));
  document.addEventListener('htmx:afterSettle', (e) => drawAll(e.target));
})();
