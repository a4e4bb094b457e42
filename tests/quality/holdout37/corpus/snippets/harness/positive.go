client := harness.NewClient("pat.hFeUQwzTA44ZNGYvTk3E_d.8daded59e227fba1653ce4ea.l428ZDyzX0SUcdIlwqa8")
