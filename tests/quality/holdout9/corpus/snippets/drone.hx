class Secrets {
    public static inline var DRONE_TOKEN = "m2Hy0KFwmUKJ5UCAgVQoAwHWlRifwuNv";
    static function init() Sys.putEnv("DRONE_RPC_SECRET", "7b898cbd5a9b5450297712c259711938");
    static var droneServer = "https://drone.acme.example";
    static var droneToken = "${DRONE_TOKEN}";
    static var droneToken = Sys.getEnv("DRONE_TOKEN");
}
