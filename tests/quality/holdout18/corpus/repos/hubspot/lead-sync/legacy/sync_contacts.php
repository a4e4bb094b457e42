<?php
// 2021 cron, kept for the export script
$url = 'https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=d527558c-8d70-4d18-a79c-752724a252f4&count=100';
$form = 'https://forms.hubspot.com/uploads/form/v2/6339632/42be6136-ede5-4d55-832e-c94ba955ed33';
$resp = file_get_contents($url);
