param([string]$Message = "deploy finished")
$hook = 'https://larchwood.webhook.office.com/webhookb2/ca27a39f-5024-409b-bb1d-13968b3efd3a@cc1a9b20-a44d-42cf-9925-3507a1e4df37/IncomingWebhook/8a907c7a75517d8de17f286564822d4a/10c68378-c28c-4e73-9580-4233d8a246d5/V2VCLwutMW6i8edH_euSgYXeVxi-XDpbdZ7QP40q8RcYY'
$body = @{ text = $Message } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $hook -Body $body -ContentType 'application/json'
# channel id for reference: 19:39b451272a54cb9248d031946eceb2d1@thread.tacv2
