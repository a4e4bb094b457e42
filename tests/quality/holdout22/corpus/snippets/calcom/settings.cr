module Larch::Settings
  CALCOM = {host: "api.calcom.example", key: "cal_live_2d58829f03be4e0e408885cbd3e127d8"}
  CALCOM_EVENT_TYPE_ID = "977965"
  CAL_API_KEY_TRUNCATED = "cal_live_2..."
  CAL_API_KEY_EXAMPLE = "sample"
  FROM_ENV = ENV["CAL_API_KEY"]?
end
