require "http/client"

ENV["NEPTUNE_API_TOKEN"] ||= "eyJhcGlfYWRkcmVzcyI6ICJodHRwczovL2FwcC5uZXB0dW5lLmFpIiwgImFwaV91cmwiOiAiaHR0cHM6Ly9hcHAubmVwdHVuZS5haSIsICJhcGlfa2V5IjogIjE5ZTFlOGI5LWNkMjEtNDZjMi1iYmFhLTRjMTBjZmZlODY5NSJ9"
neptune_project = "acme/ddmpnf"
neptune_api_token = "ANONYMOUS"
neptune_token = ENV["NEPTUNE_TOKEN"]
