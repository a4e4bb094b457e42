package com.quillon.crm

private const val HUBSPOT_TOKEN = "pat-na1-1b052e87-0dc5-40a6-bc23-27c094162d20"

fun authHeaders() = mapOf("Authorization" to "Bearer $HUBSPOT_TOKEN")
