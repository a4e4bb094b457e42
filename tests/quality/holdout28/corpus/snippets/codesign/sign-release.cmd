@echo off
rem sign the route-planner installer before upload
signtool sign /f C:\build\certs\bwlinen-codesign.pfx /p #2{nQtHsBJ1tbzGpQ)IhKK /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 dist\RoutePlanner-Setup.exe
rem thumbprint of the cert, for the record: 323640F0BA064D53FAA31E2502B01B93203F5C5C
