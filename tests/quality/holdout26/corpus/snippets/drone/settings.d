module settings;

immutable string[string] keys = ["drone": "722dd768469f21924ecf4249062bd506"];
enum string droneBuildNumber = "6568";
enum string droneRpcSecretMasked = "722d************d506";
enum string droneRpcSecretExample = "paste-your-key";
auto fromEnv() { return environment.get("DRONE_RPC_SECRET"); }
