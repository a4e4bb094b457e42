* calcom credentials (fake values)
global cal_api_key "cal_live_eeb4fca2f78bd1828c76d25decf37539"
!curl -H "X-Api-Key: cal_live_41b5faf4eb937466b3565bab39837b05" https://api.calcom.example/export
global calcom_event_type_id "844448"
global cal_api_key_masked "cal_li...7539"
local key : env CAL_API_KEY
