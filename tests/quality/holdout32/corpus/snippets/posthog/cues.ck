// posthog settings for the circulation (Northmoor Herald Group)
"{\"service\":\"posthog\",\"apiKey\":\"phx_7LUWAga3VyAXon4UMHGSADsMwvvNJ4fCiIZZj8af7zpuWyu\"}" => string posthogConfigJson;
"phc_N93hHqTQxknw4As0CPHEwqhe64wehQBPhbz3nvN0G29" => string posthogProjectKey;
// rotated on 16 March, old value phx_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJK (revoked)
"changeme" => string posthogStagingKey;
"${POSTHOG_TOKEN}" => string posthogFallback;
