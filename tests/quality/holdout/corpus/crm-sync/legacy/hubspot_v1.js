var Hubspot = require('hubspot');
var hubspot = new Hubspot({ apiKey: 'c2155774-99cf-4ab4-8ac2-c02245d1e6e6' });

// old integration still used by the nightly export
var formGuid = 'b0515165-8ac6-4d2a-a7ac-7baa1db27fc7';
hubspot.forms.getById(formGuid).then(function (form) {
  console.log(form.name);
});

var request = require('request');
request('https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=b0738b62-027c-40f3-adee-768d98f85b04&count=100', function (err, res, body) {
  if (err) throw err;
  console.log(JSON.parse(body).contacts.length);
});
