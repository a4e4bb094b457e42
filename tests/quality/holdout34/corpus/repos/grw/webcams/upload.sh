#!/bin/sh
# pushes the Grauwand summit webcam every 10 minutes
FTP_PASS='czyVjgQ2cot0-i'
curl -s -T /var/cam/summit.jpg "ftp://webcam:$FTP_PASS@ftp.roundshot.example/grw/"
curl -s "https://api.windy.example/webcams/v3/upload" -H "x-windy-api-key: hAlP2a9JtlMSz9C0uxWggGIVHvcQjqtY"
# station id 13275587 is public
