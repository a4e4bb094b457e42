<?php
// 2021 import script, kept for the field mapping only
$url = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=3e5913f1-f361-4141-8ddc-97fbd0628690&count=100";
$resp = file_get_contents($url);
