package com.example.keys

val tinybirdToken = "p.eyJ1IjogImJjMGQwMmU2LTA4MDItNGVmYS04YzFkLWIxMTFjOGY4OTEzNCIsICJpZCI6ICI3YWFmY2NkYi0wYWI5LTQ3Y2MtOWQ1OC1lMTM3MGQ5ZTAzNjEiLCAiaG9zdCI6ICJnY3AtZXVyb3BlLXdlc3QzIn0.ZOorQwL3EgvHM4G-htIXXbfD3rZ7poo9yuztN_bHKlZ"
val tinybirdHost = "https://api.tinybird.co"
val tinybirdWorkspace = "acme_prod"
val tinybirdApiKey = System.getenv("TINYBIRD_API_KEY")
