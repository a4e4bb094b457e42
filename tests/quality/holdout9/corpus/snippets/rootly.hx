class Secrets {
    public static inline var ROOTLY_API_TOKEN = "rootly_978dc965eecc5ae86743e136174adca89b6c0a20fcc7da7ff0ba3ff1c0ea163b";
    static function init() Sys.putEnv("ROOTLY_API_TOKEN", "rootly_ac3306ec1977ebb28419b050ec7f82e8f4bdd65793fac0c4a5f4e950933d53fe");
    static var rootlyIncident = "4b657fcc-bd41-45e7-b6d4-fbb3ca0bcd33";
    static var rootlyApiToken = "rootly_<token>";
    static var rootlyToken = Sys.getEnv("ROOTLY_TOKEN");
}
