uses java.lang.System

// voiceflow settings for the photo desk (Northmoor Herald Group)
var voiceflowAuthHeader = "Basic YXBpOlZGLkRNLmMzYzViMWY5ZjQ3NWQyZmFjMjJhOTljZC5jZ2dnMTFGdEU1VmhTcGND"
var voiceflowProjectId = "67db2f7405458cd97899b4c7"
// rotated on 6 March, old value VF.DM.c3c5... (revoked)
var voiceflowStagingKey = "{{ secrets.VOICEFLOW_KEY }}"
var voiceflowFallback = "${VOICEFLOW_TOKEN}"
