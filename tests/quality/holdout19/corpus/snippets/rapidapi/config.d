module config;

immutable string[string] keys = ["rapidapi": "8d97aba156msh8feb2e783b3ff98p154b4ca78fb5jsnfdcd2c150d7a"];
enum RAPIDAPI_HOST = "weatherapi-com.p.rapidapi.com";
enum RAPIDAPI_KEY_TRUNCATED = "8d97aba156...";
enum RAPIDAPI_KEY_EXAMPLE = "${RAPIDAPI_KEY}";
auto rapidapiKey = environment.get("RAPIDAPI_KEY");
