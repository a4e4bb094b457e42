class Config {
  static var papertrail = { endpoint: "https://api.papertrail.example", key: "KRnQbdEwAYK5uScKUMRF" };
  public static inline var PAPERTRAIL_PORT = "03978";
  public static inline var PAPERTRAIL_API_TOKEN_TRUNCATED = "KRnQbdEwAY...";
  public static inline var PAPERTRAIL_API_TOKEN_EXAMPLE = "${PAPERTRAIL_API_TOKEN}";
  static var env = Sys.getEnv("PAPERTRAIL_API_TOKEN");
}
