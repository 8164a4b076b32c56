// Shared by the projector and controller pages: renders the server's Markdown lines as HTML
// (headings, lists, tables, bold, code) and refetches the state whenever the server says so.
function esc(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function inline(s) {
  return esc(s).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/`(.+?)`/g, '<code>$1</code>');
}
function render(lines) {
  let html = '', list = false, table = false;
  const close = () => {
    if (list) { html += '</ul>'; list = false; }
    if (table) { html += '</table>'; table = false; }
  };
  for (const line of lines) {
    const heading = /^(#{1,4}) (.*)$/.exec(line);
    if (heading) { close(); const n = heading[1].length + 1; html += `<h${n}>${inline(heading[2])}</h${n}>`; continue; }
    if (/^\s*- /.test(line)) {
      if (table) { html += '</table>'; table = false; }
      if (!list) { html += '<ul>'; list = true; }
      html += '<li>' + inline(line.replace(/^\s*- /, '')) + '</li>';
      continue;
    }
    if (line.startsWith('|')) {
      if (/^\|[\s:|-]+\|$/.test(line)) continue;
      if (!table) { close(); html += '<table>'; table = true; }
      const cells = line.slice(1, -1).split('|').map(c => '<td>' + inline(c.trim()) + '</td>');
      html += '<tr>' + cells.join('') + '</tr>';
      continue;
    }
    if (line.trim() === '') { close(); continue; }
    if (/^\d+\. /.test(line)) { close(); html += '<p class="option">' + inline(line) + '</p>'; continue; }
    close();
    html += '<p>' + inline(line) + '</p>';
  }
  close();
  return html;
}
function watch(url, show) {
  const refresh = () => fetch(url).then(r => r.json()).then(show);
  const events = new EventSource('/events');
  events.addEventListener('update', refresh);
  refresh();
}
