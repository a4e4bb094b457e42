module conf;

immutable string[string] keys = ["grafana": "glsa_WXyFtlPYhCeUdGo9ZDS2W1bLW3o1YO7P_52b9eefd"];
enum grafanaCloudToken = "glc_eyJvIjoiOTk1NzQ3IiwibiI6InN0YWNrLTI5NjkxMiIsImsiOiJlaml0N2hmSk16aVl0WHN0MXpjNVVDem8iLCJtIjp7InIiOiJwcm9kLWV1LXdlc3QtMiJ9fQ";
enum grafanaDashboardUid = "VJPQqDNHh";
enum grafanaStackId = "711506";
enum grafanaSaTokenTruncated = "glsa_WXyFt...";
enum grafanaSaTokenExample = "sample";
auto fromEnv = environment.get("GRAFANA_SA_TOKEN");
