<?php
// old cron, pre-2022
$portal = 37445121;
$url = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=e60cfb0f-fe1c-4a27-b3f1-8250904113c2&count=100";
$deals = file_get_contents("https://api.hubapi.com/deals/v1/deal/paged?limit=250&hapikey=2841e7f3-827e-4912-87c4-3e1287e38414");
