// Airtable scripting extension: copies next season's programme into the box-office base
const BOXOFFICE_BASE = 'appNbdx6UjYo6QpXc';
const token = input.config().token || 'pat4m7l3MLkeJAM7u.a0766e4f9f83e2048601eca531ab454ce32c1fa75ab5741207d2890996a84de8';
let table = base.getTable('Performances');
let query = await table.selectRecordsAsync({fields: ['Title', 'Date', 'Venue']});
await remoteFetchAsync(`https://api.airtable.com/v0/${BOXOFFICE_BASE}/Performances`, {
  method: 'POST', headers: {Authorization: `Bearer ${token}`, 'Content-Type': 'application/json'},
  body: JSON.stringify({records: query.records.map(r => ({fields: {Title: r.name}}))}),
});
