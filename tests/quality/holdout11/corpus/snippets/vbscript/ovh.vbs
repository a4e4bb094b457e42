' ovh credentials (fake values)
Const OVH_APPLICATION_SECRET = "k2APwGlNxdwhPTeof1BaKDvUtc95M9Je"
objHTTP.setRequestHeader "Authorization", "Bearer FuB9cseVDZvasE1vg0qfUQZb9MKEm70p"
Const OVH_APPLICATION_KEY = "0xS7yyLRBEVivQFj"
Const OVH_APPLICATION_SECRET_EXAMPLE = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
key = WshShell.ExpandEnvironmentStrings("%OVH_APPLICATION_SECRET%")
Const OVH_APPLICATION_SECRET_FROM_ENV = "${OVH_APPLICATION_SECRET}"
