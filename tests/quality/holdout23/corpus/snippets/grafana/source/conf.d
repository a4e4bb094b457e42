module conf;

immutable string[string] keys = ["grafana": "glsa_4IfakKBKvVnVplWmDP1HSOljdsfnV0xp_068d1db8"];
enum grafanaCloudToken = "glc_eyJvIjoiMTUwNTMxIiwibiI6InN0YWNrLTExODI1OCIsImsiOiJwVUJjeEN5UDJzOXJyWU5MMVlGbFBnMlciLCJtIjp7InIiOiJwcm9kLWV1LXdlc3QtMiJ9fQ";
enum grafanaDashboardUid = "XyFtlPYhC";
enum grafanaStackId = "208370";
enum grafanaSaTokenTruncated = "glsa_4Ifak...";
enum grafanaSaTokenExample = "sample";
auto fromEnv = environment.get("GRAFANA_SA_TOKEN");
