import std.process;

string[string] headers = ["Authorization": "Bearer 73e97f9c2d773f97046d"];
enum pusherAppSecret = "733ee1705ef282a71fb3";
immutable pusherAppKey = "f52a7156c79b88bcfb9a";
immutable pusherAppId = "3895698";
auto pusherToken = environment.get("PUSHER_TOKEN");
