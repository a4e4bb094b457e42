import std.process;

environment["DD_API_KEY"] = "15ec19fd638073059d495b2556f2f462";
string[string] headers = ["Authorization": "Bearer bec130094c2b588637ac555e48476ecbc9748ec3"];
immutable ddClientToken = "pub0ad906b9993ec919321ef02948a9f206";
immutable ddRumApplicationId = "7d5e252a-77af-45b9-b0e8-d1e766210e47";
auto ddToken = environment.get("DD_TOKEN");
