# attributes/default.rb
default['supabase']['supabase_secret_key'] = 'sb_secret_lMKwELbZUMuh2efJbBOx9Rk7ntuamJY'
node.override["supabase"]["token"] = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6IjF1NHZhbXdnMXFnemM4dWlqYzI5Iiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTczNTYwMDAwMCwiZXhwIjoyMDUxMTc2MDAwfQ.vpESofgPmIY8AiuInQ9Jj9llrBsTuknal83ukK93eWA"
default['acme']['supabase_publishable_key'] = 'sb_publishable_F7lFDE9v3mVgqFByuXz6-uX6h3l2HUs'
default['acme']['supabase_anon_key'] = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6IjF1dnF6NGx3bTVmOG4wbHJyejdtIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MzU2MDAwMDAsImV4cCI6MjA1MTE3NjAwMH0.Itn3TPj-801nK9XdxqGsUeqca7O2-hcqQwfcsLsV6zw'
default['acme']['supabase_token'] = ENV['SUPABASE_TOKEN']
