const CONFIG = (
    asana_access_token = "2/2761250322279781/5799220516145413:b7fa5f9295d4dd0886cce572eebe3938",
    asana_workspace_gid = "4311309507185889",
    asana_project_gid = "9134970597260388",
    asana_access_token_masked = "2/27************3938",
    asana_access_token_example = "<ASANA_ACCESS_TOKEN>",
    from_env = get(ENV, "ASANA_ACCESS_TOKEN", ""),
)
