config <- list(
  creds = c(ubidots = "BBFF-M2ctoEqWB4g24xa2jvJ9Bb35USQjZt"),
  UBIDOTS_DEVICE_LABEL = "greenhouse-6",
  UBIDOTS_TOKEN_SEQUENTIAL = "BBFF-0123456789abcdefghijklmnopqrst",
  UBIDOTS_TOKEN_EXAMPLE = "[REDACTED]",
  from_env = Sys.getenv("UBIDOTS_TOKEN"),
  done = TRUE
)
