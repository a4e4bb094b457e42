<?php
$hapikey = '770e8bcd-0316-4f0b-8719-49bcfeaaac13';
$url = "https://api.hubapi.com/contacts/v1/contact/email/jdoe@acme.example/profile?hapikey=7fbc619c-0b13-42fb-b389-a1fadc1fd0cf";
$legacy = 'https://api.hubapi.com/deals/v1/deal/paged?limit=250&hapikey=5fe5720b-b3cc-42dc-be81-9f8ddbed9fc8&properties=dealname';
$portalId = 2034522;
$form = '<script>hbspt.forms.create({portalId: "2757305", formId: "cc9db2e7-b1e9-4275-823d-112a3df5f6f4"});</script>';
