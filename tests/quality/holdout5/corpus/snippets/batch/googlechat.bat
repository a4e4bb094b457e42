@echo off
set "GOOGLE_CHAT_WEBHOOK=https://chat.googleapis.com/v1/spaces/AAAAbMlICD8/messages?key=AIzaSyVJ_4ec6sSuFz3EQeRLn1xUL7MVXQd0ufN&token=hSb9QDVOHqk3FAI5--C2-RDUtbyP2HwYJDsFvI61Tg8%3D"
set GCHAT_WEBHOOK_URL=https://chat.googleapis.com/v1/spaces/AAAAseghAzF/messages?key=AIzaSy_EGxVePGlUmtt7VwuIpgPdoiuscK43Se9&token=Ew9mlAqNvtd0xcMyZnJmkIKtnzndjqgG05V57LddTiw%3D
set GCHAT_SPACE=spaces/AAAA4FAuKbT
set GOOGLE_CHAT_WEBHOOK=https://chat.googleapis.com/v1/spaces/SPACE/messages?key=KEY&token=TOKEN
echo %GOOGLE_CHAT_API_KEY%
