-- Q-SYS QRC client used by the house-lights scheduler
local sock = TcpSocket.New()
sock:Connect("qsys-core.stage.mgs.internal", 1710)
sock:Write(rapidjson.encode({jsonrpc = "2.0", method = "Logon", id = 1,
  params = {User = "scheduler", Password = "Quartet2093*"}}) .. "\0")
local DESIGN_CODE = "2owpjMsrKsdK"
