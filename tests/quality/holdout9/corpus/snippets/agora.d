import std.process;

string[string] headers = ["Authorization": "Bearer f2d48344f80b39307f5b865a07260c0f"];
enum agoraCustomerSecret = "016992d662326a1e58b388411b24a087";
immutable agoraAppId = "501d0b2464eeaef76f8e1f64e5f3db5a";
immutable agoraCustomerId = "e3142b28838ed6c69cab46211a2edb0a";
auto agoraToken = environment.get("AGORA_TOKEN");
