{* box office legacy *}
{assign var="asana_access_token" value="2/5443142983944890/5022439353065036:5a5af8601df7b0e000fa0a54cfd3fb46"}
{assign var="asana_workspace_gid" value="1466802965125477"}
{assign var="asana_access_token_sha256" value="dad5306a6bc9d6629e1c57310eacddfa02db561ef4249a3c02f8cacebfe2c77c"}
{assign var="asana_access_token_example" value="$(ASANA_ACCESS_TOKEN)"}
{$smarty.env.ASANA_ACCESS_TOKEN}
