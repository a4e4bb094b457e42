<?php
// 2021 import script, kept for the field mapping only
$url = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=67514a2b-6c19-4ac0-b696-7d8c6be09912&count=100";
$resp = file_get_contents($url);
