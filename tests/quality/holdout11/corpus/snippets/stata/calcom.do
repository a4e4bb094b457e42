* calcom credentials (fake values)
global cal_api_key "cal_live_dcf35a60b5bcceeb4fca2f78bd1828c7"
!curl -H "X-Api-Key: cal_live_6d25decf3753941b5faf4eb937466b35" https://api.calcom.example/export
global calcom_event_type_id "392555"
global cal_api_key_masked "cal_li...28c7"
local key : env CAL_API_KEY
