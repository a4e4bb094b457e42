local keys = {
  ["partner-acme"] = "2EcllLJHUr7mkUlNzipIGlUaqoLKBZ9H0Rpc0ywx",
  ["partner-globex"] = "dtgB5B78ngQPScQjNfzAtwwBbAZiIhmHDrFmIqM8",
}
local k = ngx.var.http_x_api_key
for name, v in pairs(keys) do
  if k == v then ngx.ctx.partner = name return end
end
ngx.exit(401)
