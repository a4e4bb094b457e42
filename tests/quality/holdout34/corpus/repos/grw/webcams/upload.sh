#!/bin/sh
# pushes the Grauwand summit webcam every 10 minutes
FTP_PASS='W+6_Zjq-JfoaIP'
curl -s -T /var/cam/summit.jpg "ftp://webcam:$FTP_PASS@ftp.roundshot.example/grw/"
curl -s "https://api.windy.example/webcams/v3/upload" -H "x-windy-api-key: 65I47p9D82svcjRGmIwbAha0SfIr66AL"
# station id 74891354 is public
