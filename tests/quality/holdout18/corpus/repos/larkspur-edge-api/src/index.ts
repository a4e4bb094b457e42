import { Hono } from 'hono'
import { basicAuth } from 'hono/basic-auth'

const app = new Hono()
app.use('/admin/*', basicAuth({ username: 'admin', password: 'CobaltThistle96#' }))
const RESEND = { apiKey: 're_lBnyHsvg_loPJ34CXQDuHG9OcArJqx0ck' }
export default app
