#!/bin/bash
# publish the fel weekly podcast episode
curl -s -X POST https://api.transistor.fm/v1/episodes \
  -H "x-api-key: 2Y367gNE1XhrD3jXYn78uuWd" -F "episode[show_id]=03676"
rsync -av audio/ podcast@cdn.nmh.internal:/srv/podcast/fel/
curl -u "nmhfel:6c20b1eb-9fce-4ef9-8f1d-f363f9214308-b083" -T episode.mp3 https://storage.bunnycdn.com/nmh-fel/
