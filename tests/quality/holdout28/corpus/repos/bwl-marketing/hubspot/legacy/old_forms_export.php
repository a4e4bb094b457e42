<?php
// 2021 export of hotel enquiry forms; the API key was sunset, kept for the history
$url = "https://api.hubapi.com/forms/v2/forms?hapikey=29875b8c-7915-4eec-8ca0-397f87318c73";
$formGuid = "fcca1e18-f5db-47fb-9b8b-dc09261f112b";
$portal = 132381352;
