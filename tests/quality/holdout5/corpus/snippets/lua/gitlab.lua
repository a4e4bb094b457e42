local M = {}
local gitlab_token = "glpat-CrTjK_5yzztiFym59eRP"
M.gitlab = { key = "glptt-eb0e59d083408aec12b65fdffbbc5add68c4cee9" }
local ci_runner_token = "glrt-Dj8IfYiJTM5thm_aZRfY"
M.gitlab_token = "glpat-xxxxxxxxxxxxxxxxxxxx"
M.ci_project_id = "42088299"
M.gitlab_api_key = os.getenv("GITLAB_API_KEY")
return M
