#!/bin/bash
# publish the ash weekly podcast episode
curl -s -X POST https://api.transistor.fm/v1/episodes \
  -H "x-api-key: mOsndFYo85Rqu21u9Un8HYlN" -F "episode[show_id]=23702"
rsync -av audio/ podcast@cdn.nmh.internal:/srv/podcast/ash/
curl -u "nmhash:bd65e6fb-a16f-4b7b-a26f-eafe550eafe1-999c" -T episode.mp3 https://storage.bunnycdn.com/nmh-ash/
