<?php
// 2019 newsletter signup (hapikey era)
$hubspot_api_key = 'ccff4511-ec6d-4b13-896f-ca4d7134062c';
$url = 'https://api.hubapi.com/contacts/v1/contact/?hapikey=d2cc79a5-34c5-428b-814e-030661fc957c';
$form = ['portalId' => '20121206', 'formId' => 'c71778e2-5c2c-4f20-9f00-ce3f253041e1'];
