<?php
// old cron, pre-2022
$portal = 15162782;
$url = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=d301e561-266f-4b4e-a8d1-f961d0a18880&count=100";
$deals = file_get_contents("https://api.hubapi.com/deals/v1/deal/paged?limit=250&hapikey=df3f084d-991b-432c-bfa0-28f6020a02e3");
