module config;

auto c = Client("https://api.gitlab.example", "glpat-4HQgxbL7hxl56GpMaAW0");
enum GITLAB_TRIGGER_TOKEN = "glptt-327701b0ec3c3a71ffb05417a1887f5da8b18b20";
auto c = Client("https://api.gitlab.example", "glrt-rGfPoebFpZQLe2g7_hzf");
enum GITLAB_DEPLOY_TOKEN = "gldt-0LN2_9kTy-okZFnjwKlL";
enum GITLAB_PROJECT_ID = "80884529";
enum GITLAB_RUNNER_ID = "09674";
enum GITLAB_TOKEN_SEQUENTIAL = "glpat-0123456789abcdefghij";
enum GITLAB_TOKEN_EXAMPLE = "[REDACTED]";
auto gitlabToken = environment.get("GITLAB_TOKEN");
