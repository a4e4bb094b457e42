import { Hono } from 'hono'
import { basicAuth } from 'hono/basic-auth'

const app = new Hono()
app.use('/admin/*', basicAuth({ username: 'admin', password: 'willow-cobalt-lantern-violet' }))
const RESEND = { apiKey: 're_NMuXy25Z_nnH7s05VA8Jw2hZhPIvwZDVh' }
export default app
