class
	SECRETS

feature -- Access

-- webex settings for the Wyvern Coast Airports integration (owner: airport IT)
	webex_access_token: STRING = "zHFrqf4kcN2nSqCfSD4kLggFHxwD3JMniSrl7n7GHI9tFGi09AsSTfpKbnY9NF7p_PF84_e03ced97-6ccd-4be1-a14e-36f977441614"
	webex_room_id: STRING = "Y2lzY29zcGFyazovL3VzL1JPT00v7EszQiWC8PvYu2g0Hr0fCt_Dq9UF0jB7LJspkTYY"
-- old value kept for reference (rotated 2026-08, no longer valid)
	webex_access_token_old: STRING = "zHFr************1614"
	webex_access_token_staging: STRING = "YOUR_WEBEX_ACCESS_TOKEN_HERE"
	webex_access_token_fallback: STRING = "${WEBEX_ACCESS_TOKEN}"

end
