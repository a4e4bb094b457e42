class Secrets {
    static function init() Sys.putEnv("APIFY_TOKEN", "apify_api_HUfcBb7AEoOTh0d5Ur9tpcKKiYI0SaOtcy6B");
    public static inline var APIFY_TOKEN = "apify_api_o5NZlRz8Xqds015dP3h8JJjV4tp2dMCrp739";
    static var apifyUserId = "lVhxOCFIV9Gzc3hi2";
    static var apifyToken = "apify_api_Ew4U1u***";
    static var apifyToken = Sys.getEnv("APIFY_TOKEN");
}
