[Setup]
AppName=Ops Agent
[Registry]
Root: HKLM; Subkey: "Software\Ops"; ValueName: "crowdstrike"; ValueData: "re0G8jvwZiTwtSiNwNUjxlUBtf3CInsugF6eUikQ"
#define FALCON_CLIENT_ID "2d180dbdf6f38442922189217d309aff"
#define FALCON_CLIENT_SECRET_SHA256 "ab027cdeb8912dcf52937beaa4ffb1e1973604c70fcead03eaa0251f21270602"
#define FALCON_CLIENT_SECRET_EXAMPLE "xxxxxxxxxxxxxxxxxxxxxxxx"
; {%FALCON_CLIENT_SECRET}
