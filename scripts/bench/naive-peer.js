/**
 * The naive peer for `npm run bench`: a help desk written the way public Sheets helpdesk scripts are — a header
 * look-up for every field, the next ID from the last row, rows found by looping with one getValue a cell, one
 * setValue a field, appendRow for the log, no lock. Run through the same emulator and cost model as AfterDesk.
 * (Written for this comparison; it copies no published script.)
 */
function naiveCol_(sheet, name) {
  var header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  return header.indexOf(name) + 1;
}

function naiveFindRow_(sheet, name, value) {
  var col = naiveCol_(sheet, name);
  var last = sheet.getLastRow();
  for (var r = 2; r <= last; r++) {
    if (String(sheet.getRange(r, col).getValue()) === value) return r;
  }
  return -1;
}

function naiveLogCase(input) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = ss.getSheetByName('Tickets');
  var last = sheet.getLastRow();
  var lastId = String(sheet.getRange(last, naiveCol_(sheet, 'Ticket ID')).getValue());
  var id = 'T-' + ('000000' + (Number(lastId.replace(/\D/g, '')) + 1)).slice(-6);
  var customer = '';
  var name = '';
  if (input.orderId) {
    var orders = ss.getSheetByName('Orders');
    var r = naiveFindRow_(orders, 'Order ID', input.orderId);
    if (r > 0) {
      customer = orders.getRange(r, naiveCol_(orders, 'Customer ID')).getValue();
      name = orders.getRange(r, naiveCol_(orders, 'Customer Name')).getValue();
    }
  }
  var fields = {
    'Ticket ID': id, 'Created At': new Date(), 'Channel': input.channel, 'Order ID': input.orderId || '',
    'Customer ID': customer, 'Customer Name': name, 'Reason': input.reason, 'Priority': 'Normal', 'Status': 'New',
    'Description': input.description, 'Updated At': new Date(), 'Updated By': Session.getActiveUser().getEmail(),
  };
  var row = last + 1;
  for (var k in fields) sheet.getRange(row, naiveCol_(sheet, k)).setValue(fields[k]);
  ss.getSheetByName('Audit Log').appendRow([new Date(), id, Session.getActiveUser().getEmail(), 'status', '', 'New']);
  return id;
}

function naiveUpdateTicket(id, input) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = ss.getSheetByName('Tickets');
  var row = naiveFindRow_(sheet, 'Ticket ID', id);
  if (row < 0) throw new Error('no ticket ' + id);
  var before = sheet.getRange(row, naiveCol_(sheet, 'Status')).getValue();
  var replies = Number(sheet.getRange(row, naiveCol_(sheet, 'Agent Replies')).getValue()) || 0;
  sheet.getRange(row, naiveCol_(sheet, 'Status')).setValue(input.status === 'open' ? 'Open' : input.status);
  sheet.getRange(row, naiveCol_(sheet, 'Agent Replies')).setValue(replies + 1);
  sheet.getRange(row, naiveCol_(sheet, 'Updated At')).setValue(new Date());
  sheet.getRange(row, naiveCol_(sheet, 'Updated By')).setValue(Session.getActiveUser().getEmail());
  var log = ss.getSheetByName('Audit Log');
  log.appendRow([new Date(), id, Session.getActiveUser().getEmail(), 'status', before, 'Open']);
  log.appendRow([new Date(), id, Session.getActiveUser().getEmail(), 'reply', '', input.reply || '']);
  return row;
}

function naiveGetTicket(id) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = ss.getSheetByName('Tickets');
  var row = naiveFindRow_(sheet, 'Ticket ID', id);
  var header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  var ticket = {};
  for (var i = 0; i < header.length; i++) ticket[header[i]] = sheet.getRange(row, naiveCol_(sheet, header[i])).getValue();
  var log = ss.getSheetByName('Audit Log');
  var col = naiveCol_(log, 'Ticket ID');
  var last = log.getLastRow();
  var events = [];
  for (var r = 2; r <= last; r++) if (log.getRange(r, col).getValue() === id) events.push(r);
  return { row: row, fields: header.length, events: events.length };
}

function naiveMyQueue(email) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tickets');
  var last = sheet.getLastRow();
  var status = naiveCol_(sheet, 'Status');
  var assignee = naiveCol_(sheet, 'Assignee');
  var out = [];
  for (var r = 2; r <= last; r++) {
    var s = sheet.getRange(r, status).getValue();
    if ((s === 'New' || s === 'Open') && sheet.getRange(r, assignee).getValue() === email) out.push(r);
  }
  return out.length;
}
