# gitlab: not secrets
ci_project_id = "60800947"
gitlab_token_old = "glpat-0123456789abcdefghij"
gitlab_token_staging = "changeme"
