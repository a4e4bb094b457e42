[Setup]
AppName=Ops Agent
[Registry]
Root: HKLM; Subkey: "Software\Ops"; ValueName: "consul"; ValueData: "8f26a081-a0d2-4262-9f19-047216025918"
#define CONSUL_ENCRYPT "8YGUVn9Nz/Xd1EjOZoVq78IuwBylYIDgF7ICVFy6sIU="
#define CONSUL_DATACENTER "dc1"
#define CONSUL_HTTP_TOKEN_SHA256 "e7ee4b260250967af9fac558b533bc350c7b07df20eef9734179559b7f2634d6"
#define CONSUL_HTTP_TOKEN_EXAMPLE "xxxxxxxxxxxxxxxxxxxxxxxx"
; {%CONSUL_HTTP_TOKEN}
