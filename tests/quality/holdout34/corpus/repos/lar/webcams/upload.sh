#!/bin/sh
# pushes the Laerchtal summit webcam every 10 minutes
FTP_PASS='m2mPPnxnrGO%+h'
curl -s -T /var/cam/summit.jpg "ftp://webcam:$FTP_PASS@ftp.roundshot.example/lar/"
curl -s "https://api.windy.example/webcams/v3/upload" -H "x-windy-api-key: 4IAtReX8AnEBvfUr7hEzpEnJrcwtkRGg"
# station id 44612016 is public
