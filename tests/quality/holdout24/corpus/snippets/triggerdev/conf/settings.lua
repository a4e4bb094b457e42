return {
  trigger_secret_key = "tr_prod_S8jm6CmPl3vL9t4xOEtt",
  trigger_project_ref = "proj_isnuxw4ycw8mgp6z2dik",
  trigger_secret_key_masked = "tr_p************OEtt",
  trigger_secret_key_example = "<TRIGGER_SECRET_KEY>",
  env_trigger_secret_key = os.getenv("TRIGGER_SECRET_KEY"),
}
