#!/bin/bash
# publish the kvn weekly podcast episode
curl -s -X POST https://api.transistor.fm/v1/episodes \
  -H "x-api-key: nx8Ff5GZDv8WGKpknlzEh0kr" -F "episode[show_id]=20715"
rsync -av audio/ podcast@cdn.nmh.internal:/srv/podcast/kvn/
curl -u "nmhkvn:28a62185-7aad-4106-8cb1-4d34dcf3f734-7bba" -T episode.mp3 https://storage.bunnycdn.com/nmh-kvn/
