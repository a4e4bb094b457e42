<?php
// old cron, pre-2022
$portal = 24145383;
$url = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=a66180e6-1ce7-49ec-8c09-bc20a1187ca1&count=100";
$deals = file_get_contents("https://api.hubapi.com/deals/v1/deal/paged?limit=250&hapikey=e21fc969-ea57-49bf-b124-df03e783c6c1");
