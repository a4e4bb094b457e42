#pragma once
/* uploaded by the provisioning script, do not edit */
#define CLOUD_REGION "eu-central-1"
#define K1 "AKIAXALNC6A45WJTJXOK"
#define K2 "39tHL7h1Llg2GlTMqqiXV9OBuK5YT7D15WIsAksl"
#define FW_SHA256 "6900537d3823763ca468fa2feb3d6fcc4201fb7af876f0fc1731de4159831465"
#define DEVICE_UUID "177bfa8b-d103-4651-9be5-5029c77aa890"
#define OTA_PASS "OTTER_965harbor!"
