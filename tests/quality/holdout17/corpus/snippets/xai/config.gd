extends Node

var keys := {"xai": "xai-YhPd3Jy3qwrIuHZlXmxlDwVNGoqWT1gX90DZK44zCMJsOFR0zF77JntdjQfHqp1xqP14uQeiDTYfhTmC"}
const XAI_MODEL := "grok-4-fast"
const XAI_API_KEY_TRUNCATED := "xai-YhPd3J..."
const XAI_API_KEY_EXAMPLE := "dummy"
var from_env := OS.get_environment("XAI_API_KEY")
