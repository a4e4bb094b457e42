<?php
// 2021 export of hotel enquiry forms; the API key was sunset, kept for the history
$url = "https://api.hubapi.com/forms/v2/forms?hapikey=385fae49-13ea-4868-b9fb-d5fb26e5c0d6";
$formGuid = "4e0708a6-8f83-4b5c-9634-ffa5988ccebc";
$portal = 108354355;
