# @version ^0.3.10

TENABLE_SECRET_KEY: constant(String[256]) = "2039cce52b0473ee8ca1b68e7e3dfca0844094685cd1630010b8f6379a90b404"
TENABLE_SCAN_UUID: constant(String[256]) = "3c324665-1008-4c78-9459-5b73986b16c6"
TENABLE_SECRET_KEY_MASKED: constant(String[256]) = "2039************b404"
TENABLE_SECRET_KEY_EXAMPLE: constant(String[256]) = "<TENABLE_SECRET_KEY>"
# TENABLE_SECRET_KEY is read by the deploy script
