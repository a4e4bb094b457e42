#Requires AutoHotkey v2.0

AxiomToken := "xaat-7a1b78c5-5322-4096-8dde-01a02d7ee8df"
EnvSet("AXIOM_PERSONAL_TOKEN", "xapt-c10e12d2-fac7-4e7c-a464-535333ff7992")
AxiomOrgId := "acme-43dz"
AxiomDataset := "vercel-logs"
AxiomToken := EnvGet("AXIOM_TOKEN")
