<?php
// old cron, pre-2022
$portal = 89214786;
$url = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=d0cb2a6a-d7cf-484c-827f-c90f92f59a22&count=100";
$deals = file_get_contents("https://api.hubapi.com/deals/v1/deal/paged?limit=250&hapikey=6eec6a7b-43e0-49b6-be30-1f1595abcd6f");
