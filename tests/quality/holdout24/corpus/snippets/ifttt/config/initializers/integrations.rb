Rails.application.config.x.integrations = {
  ifttt_maker_key: "7IZMIh-G8Hkd93DUJg8ted",
  ifttt_event: "door_opened",
  ifttt_maker_key_masked: "7IZM************8ted",
  ifttt_maker_key_example: "<IFTTT_MAKER_KEY>",
  from_env: ENV.fetch("IFTTT_MAKER_KEY", nil),
}
