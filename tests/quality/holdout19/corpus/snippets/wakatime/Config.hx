class Config {
  static var keys = ["wakatime" => "waka_a7f81725-2de4-4c49-b50b-bb0d9dd9e085"];
  public static inline var WAKATIME_USER_ID = "d3b441d2-c4ba-403b-b296-f3c30d28d17c";
  public static inline var WAKATIME_API_KEY_SEQUENTIAL = "waka_a7f81725-0123456789abcdefghijklmnopq";
  public static inline var WAKATIME_API_KEY_EXAMPLE = "changeme";
  static var env = Sys.getEnv("WAKATIME_API_KEY");
}
