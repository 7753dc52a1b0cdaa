// The report's only script (CSP allows no other): sortable tables and the
// timeline's zoom by year. Pages work without it; it only adds controls.
'use strict'
;(function () {
  function cellValue(row, index, numeric) {
    var cell = row.children[index]
    if (!cell) return numeric ? 0 : ''
    var value = cell.getAttribute('data-sort') || cell.textContent || ''
    return numeric ? Number(value) : value.trim()
  }

  function makeSortable(table) {
    var headers = table.querySelectorAll('thead th')
    headers.forEach(function (header, index) {
      var button = document.createElement('button')
      button.type = 'button'
      button.className = 'sort'
      button.textContent = header.textContent
      header.textContent = ''
      header.appendChild(button)
      button.addEventListener('click', function () {
        var numeric = header.getAttribute('data-type') === 'number'
        var ascending = header.getAttribute('aria-sort') !== 'ascending'
        headers.forEach(function (other) { other.removeAttribute('aria-sort') })
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending')
        var body = table.tBodies[0]
        var rows = Array.prototype.slice.call(body.rows)
        rows.sort(function (a, b) {
          var x = cellValue(a, index, numeric)
          var y = cellValue(b, index, numeric)
          var order = numeric ? x - y : String(x).localeCompare(String(y), 'zh')
          return ascending ? order : -order
        })
        rows.forEach(function (row) { body.appendChild(row) })
      })
    })
  }

  function yearFraction(day) {
    var parts = day.split('-')
    return (Number(parts[1] || 1) - 1) / 12 + (Number(parts[2] || 1) - 1) / 372
  }

  function setUpTimeline() {
    var svg = document.getElementById('timeline-svg')
    var form = document.getElementById('timeline-zoom')
    var scroller = document.getElementById('timeline-scroll')
    var select = document.getElementById('zoom-year')
    if (!svg || !form || !scroller || !select) return
    var first = Number(svg.getAttribute('data-first-year'))
    var base = Number(svg.getAttribute('data-year-width'))
    var margin = Number(svg.getAttribute('data-margin'))
    var years = svg.querySelectorAll('g.year').length
    var height = svg.viewBox.baseVal.height

    function layout(yearWidth) {
      svg.querySelectorAll('a.mark').forEach(function (mark) {
        var day = mark.getAttribute('data-start')
        var x = margin + (Number(day.slice(0, 4)) - first + yearFraction(day)) * yearWidth
        mark.setAttribute('transform', 'translate(' + x.toFixed(1) + ' ' + mark.getAttribute('data-y') + ')')
      })
      svg.querySelectorAll('g.year').forEach(function (group) {
        var x = margin + (Number(group.getAttribute('data-year')) - first) * yearWidth
        group.setAttribute('transform', 'translate(' + x + ' 0)')
      })
      var width = margin * 2 + years * yearWidth
      svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height)
      svg.setAttribute('width', String(width))
    }

    function zoomTo(year) {
      if (!year) {
        layout(base)
        scroller.scrollLeft = 0
        return
      }
      var yearWidth = Math.max(base, scroller.clientWidth - margin * 2)
      layout(yearWidth)
      scroller.scrollLeft = (Number(year) - first) * yearWidth
    }

    function step(delta) {
      var index = Math.min(Math.max(select.selectedIndex + delta, 1), select.options.length - 1)
      select.selectedIndex = index
      zoomTo(select.value)
    }

    form.hidden = false
    select.addEventListener('change', function () { zoomTo(select.value) })
    document.getElementById('zoom-prev').addEventListener('click', function () { step(-1) })
    document.getElementById('zoom-next').addEventListener('click', function () { step(1) })
  }

  function start() {
    document.querySelectorAll('table.sortable').forEach(makeSortable)
    setUpTimeline()
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
  else start()
})()
