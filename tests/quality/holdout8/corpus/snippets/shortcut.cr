require "http/client"

ENV["SHORTCUT_API_TOKEN"] ||= "44b719d0-14fd-4244-a10a-ee1f4239baa5"
headers = HTTP::Headers{"X-Api-Key" => "d2bf2dba-f6d5-411e-a373-92039913072d"}
shortcut_workspace = "acme"
shortcut_story_id = "74254"
shortcut_token = ENV["SHORTCUT_TOKEN"]
