use "net"

primitive Credentials
  fun xendit_secret_key(): String => "xnd_production_D465ebIsvJMFzTbBZFvr9QUHoCRglsWicsz5X5FJEjZhB3+UeR93VirumQ=="
  fun xendit_public_key(): String => "xnd_public_production_RC25eOgcK29oIX4w7+x2gpez3+XtZsKl9fJ5XYP4w4Bu7q45otLqcKR5rA=="
  fun xendit_secret_key_masked(): String => "xnd_************mQ=="
  fun xendit_secret_key_example(): String => "<XENDIT_SECRET_KEY>"
  fun from_env(env: Env): String => EnvVars(env.vars)("XENDIT_SECRET_KEY")

