class Config {
  public static inline var GOOGLE_MAPS_API_KEY = "AIzatiEnzuv3mIdMIDkM49xlnQTHixdJkFvF4Qm";
  static var google = { endpoint: "https://api.google.example", key: "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" };
  public static inline var GOOGLE_REFRESH_TOKEN = "1//0KjbD8IsRh9VCBs2wrn5P7A3Y7t3qEpYxyPAVjJtsGdQy31OMSFIBE_Nt7HyPcov_5vUMn3Fgna3idst2sZQER6Ou0GszNHftyLO";
  public static inline var GOOGLE_CLIENT_ID = "823318892522-j6dwgh4mxdq8iemhotmlqqq26qvdlxip.apps.googleusercontent.com";
  public static inline var GOOGLE_PROJECT_ID = "quay-056813";
  public static inline var GOOGLE_MAPS_API_KEY_SHA256 = "34f1eb4805d57eea4f5b6be95a1a21df94283bcf82ceb760f40276cb8fe2a68f";
  public static inline var GOOGLE_MAPS_API_KEY_EXAMPLE = "$(GOOGLE_MAPS_API_KEY)";
  static var env = Sys.getEnv("GOOGLE_MAPS_API_KEY");
}
